import { createCoordinationStore, failClosed, type CacheStore } from '@stx/cache';
import { LoginGuard } from './LoginGuard';
import { processFallback } from './processFallback';

const limits = { perAccount: 3, perClient: 8, slowAfter: 4, windowSeconds: 900 };

describe('LoginGuard', () => {
  let clock = 900_000 * 10;
  const guard = () => new LoginGuard({ counters: processFallback(createCoordinationStore({ namespace: 'test' })), limits, now: () => clock });

  it('slows an address with many failures (waits doubling from 1 s), then refuses it until the window ends', async () => {
    const g = guard();
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const decision = await g.check(`user-${i}@example.com`, '203.0.113.1');
      expect(decision.allowed).toBe(true);
      await g.failed(`user-${i}@example.com`, '203.0.113.1');
      const next = await g.check('someone@example.com', '203.0.113.1');
      waits.push(next.allowed ? undefined : next.retryAfterSeconds);
      if (!next.allowed && i < 7) clock += next.retryAfterSeconds * 1000; // the client waits as told
    }
    expect(waits.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(waits.slice(3, 7)).toEqual([1, 2, 4, 8]);
    // the 8th failure reaches perClient: refused until the window's end, not just slowed
    expect(waits[7]).toBeGreaterThan(8);
    expect(await g.check('other@example.com', '198.51.100.1')).toEqual({ allowed: true });
  });

  it('forgives an address its failures on an account once it gives the right password', async () => {
    const g = guard();
    for (let i = 0; i < 2; i++) await g.failed('a@example.com', '198.51.100.2');
    await g.succeeded('a@example.com', '198.51.100.2');
    await g.failed('a@example.com', '198.51.100.2');
    expect(await g.check('a@example.com', '198.51.100.2')).toEqual({ allowed: true });
  });

  it('keeps one process-wide count while the shared store is down', async () => {
    const down = async (): Promise<never> => { throw new Error('ECONNREFUSED'); };
    const unreachable: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };
    const fallbacks: string[] = [];
    const g = new LoginGuard({ counters: processFallback(failClosed(unreachable), { onFallback: (op) => fallbacks.push(op) }), limits, now: () => clock });
    for (let i = 0; i < 3; i++) await g.failed('b@example.com', '203.0.113.2');
    expect(await g.check('b@example.com', '203.0.113.2')).toMatchObject({ allowed: false });
    expect(await g.check('b@example.com', '198.51.100.3')).toEqual({ allowed: true });
    expect(fallbacks.length).toBeGreaterThan(0);
  });
});
