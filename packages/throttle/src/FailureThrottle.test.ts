import { createCoordinationStore, failClosed, StoreUnavailableError, type CacheStore } from '@stx/cache';
import { FailureThrottle } from './FailureThrottle';
import { processFallback } from './processFallback';

const limits = { perSubject: 3, perClient: 8, slowAfter: 4, windowSeconds: 900 };
const down = async (): Promise<never> => {
  throw new Error('ECONNREFUSED');
};
const unreachable: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };

describe('FailureThrottle', () => {
  let clock = 900_000 * 10;
  const guard = () => new FailureThrottle({ name: 'login', counters: processFallback(createCoordinationStore({ namespace: 'test' })), limits, now: () => clock });

  it('slows an address with many failures (waits doubling from 1 s), then refuses it until the window ends', async () => {
    const g = guard();
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const decision = await g.check('203.0.113.1', `user-${i}@example.com`);
      expect(decision.allowed).toBe(true);
      await g.failed('203.0.113.1', `user-${i}@example.com`);
      const next = await g.check('203.0.113.1', 'someone@example.com');
      waits.push(next.allowed ? undefined : next.retryAfterSeconds);
      if (!next.allowed && i < 7) clock += next.retryAfterSeconds * 1000; // the client waits as told
    }
    expect(waits.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(waits.slice(3, 7)).toEqual([1, 2, 4, 8]);
    // the 8th failure reaches perClient: refused until the window's end, not just slowed
    expect(waits[7]).toBeGreaterThan(8);
    expect(await g.check('198.51.100.1', 'other@example.com')).toEqual({ allowed: true });
  });

  it('counts an IPv6 client by its /64: rotating through the addresses of its prefix gains nothing', async () => {
    const g = new FailureThrottle({ name: 'voucher', counters: processFallback(createCoordinationStore({ namespace: 'test' })), limits: { perClient: 3, slowAfter: 3, windowSeconds: 900 }, now: () => clock });
    for (let i = 1; i <= 3; i++) await g.failed(`2001:db8:1:2::${i.toString(16)}`);
    expect((await g.check('2001:db8:1:2:ffff::9')).allowed).toBe(false);
    expect(await g.check('2001:db8:1:3::1')).toEqual({ allowed: true });
  });

  it('forgives an address its failures on a subject once it gives the right secret', async () => {
    const g = guard();
    for (let i = 0; i < 2; i++) await g.failed('198.51.100.2', 'a@example.com');
    await g.succeeded('198.51.100.2', 'a@example.com');
    await g.failed('198.51.100.2', 'a@example.com');
    expect(await g.check('198.51.100.2', 'a@example.com')).toEqual({ allowed: true });
  });

  it('counts the address alone when there are no subjects (voucher codes), each throttle in its own keys', async () => {
    const counters = processFallback(createCoordinationStore({ namespace: 'test-codes' }));
    const vouchers = new FailureThrottle({ name: 'voucher', counters, limits: { perClient: 3, slowAfter: 10, windowSeconds: 3600 }, now: () => clock });
    const logins = new FailureThrottle({ name: 'login', counters, limits, now: () => clock });
    for (let i = 0; i < 3; i++) await vouchers.failed('203.0.113.9');
    const refusal = await vouchers.check('203.0.113.9');
    expect(refusal).toMatchObject({ allowed: false });
    // refused, not slowed: until the fixed window's end, when the sliding count drops below the limit
    const retryAfter = refusal.allowed ? 0 : refusal.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await vouchers.check('198.51.100.9')).toEqual({ allowed: true });
    expect(await logins.check('203.0.113.9', 'c@example.com')).toEqual({ allowed: true });
  });

  it('keeps one process-wide count while the shared store is down, through processFallback', async () => {
    const fallbacks: string[] = [];
    const g = new FailureThrottle({ name: 'login', counters: processFallback(failClosed(unreachable), { onFallback: (op) => fallbacks.push(op) }), limits, now: () => clock });
    for (let i = 0; i < 3; i++) await g.failed('203.0.113.2', 'b@example.com');
    expect(await g.check('203.0.113.2', 'b@example.com')).toMatchObject({ allowed: false });
    expect(await g.check('198.51.100.3', 'b@example.com')).toEqual({ allowed: true });
    expect(fallbacks.length).toBeGreaterThan(0);
  });

  it('rejects, allowing nothing, on the coordination store alone while it is down', async () => {
    const g = new FailureThrottle({ name: 'voucher', counters: failClosed(unreachable), limits, now: () => clock });
    await expect(g.check('203.0.113.3')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(g.failed('203.0.113.3')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
