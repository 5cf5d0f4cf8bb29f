import { createCoordinationStore, failClosed, type CacheStore } from '@stx/cache';
import { runInRequest } from '@stx/observability';
import { SecutixError } from '@stx/secutix-client';
import { createSecutixBudget } from './secutixBudget';
import { readBackendConfig } from './secutixConfig';

const availability = { service: 'AvailabilityService', operation: 'getProductAvailability', write: false };
const catalogRead = { service: 'CatalogService', operation: 'getLastSetupUpdate', write: false };
const orderWrite = { service: 'ExternalOrderService', operation: 'createOrder', write: true };

/** How many of `count` calls the budget lets leave, in one window. */
async function admitted(take: (call: typeof availability) => Promise<void>, call: typeof availability, count: number): Promise<number> {
  let passed = 0;
  for (let i = 0; i < count; i++) {
    try {
      await take(call);
      passed++;
    } catch (err) {
      expect(err).toBeInstanceOf(SecutixError);
      expect(err).toMatchObject({ kind: 'BUDGET_EXHAUSTED', service: call.service, operation: call.operation });
    }
  }
  return passed;
}

function budget(env: Record<string, string>) {
  const config = readBackendConfig({ IDENTITY_SECRET: 'x'.repeat(32), ...env });
  return createSecutixBudget(config, createCoordinationStore({ namespace: 'test' }));
}

describe('the SecuTix call budget', () => {
  it('holds availability calls to their share, which they take out of the reads, not on top of them', async () => {
    const b = budget({ SECUTIX_CALLS_PER_MINUTE: '10', SECUTIX_WRITE_CALLS_PER_MINUTE: '2', AVAILABILITY_CALLS_PER_MINUTE: '3' });
    expect(await admitted(b.take, availability, 5)).toBe(3);
    // the three availability calls came out of the eight reads
    expect(await admitted(b.take, catalogRead, 10)).toBe(5);
    const remaining = Object.fromEntries(await Promise.all(b.layers.map(async (l) => [l.name, await l.remaining()])));
    expect(remaining).toEqual({ 'secutix-calls': 2, 'secutix-reads': 0, 'availability-calls': 0 });
  });

  it('keeps the write reserve from reads, availability included', async () => {
    const b = budget({ SECUTIX_CALLS_PER_MINUTE: '6', SECUTIX_WRITE_CALLS_PER_MINUTE: '2', AVAILABILITY_CALLS_PER_MINUTE: '30' });
    expect(await admitted(b.take, availability, 10)).toBe(4);
    expect(await admitted(b.take, orderWrite, 5)).toBe(2);
  });

  it('reports every layer with its limit, for the metrics', () => {
    const b = budget({});
    expect(b.layers.map(({ name, limit }) => [name, limit])).toEqual([
      ['secutix-calls', 150],
      ['secutix-reads', 120],
      ['availability-calls', 30],
    ]);
  });

  it('gives each caller a share of its own, taken first, so that one caller cannot spend everyone’s budget', async () => {
    const b = budget({ SECUTIX_CALLS_PER_MINUTE: '20', SECUTIX_WRITE_CALLS_PER_MINUTE: '2', SECUTIX_CALLS_PER_CALLER_PER_MINUTE: '3' });
    const as = (caller: string) => (call: typeof catalogRead) => runInRequest({ requestId: 'r', callers: [caller] }, () => b.take(call));
    const refusals: unknown[] = [];
    for (let i = 0; i < 5; i++) await as('contact:1')(catalogRead).catch((err) => refusals.push(err));
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({ kind: 'CALLER_BUDGET_EXHAUSTED', service: 'CatalogService' });
    expect((refusals[0] as SecutixError).options.retryAfterSeconds).toBeGreaterThan(0);
    // the refused calls took nothing of everyone's: 3 of 20 are spent
    expect(await b.layers[0].remaining()).toBe(17);
    expect(await admitted(as('contact:2'), catalogRead, 3)).toBe(3);
    // background work, with no request, has the whole budget
    expect(await admitted(b.take, catalogRead, 5)).toBe(5);
  });

  it('counts each caller’s share in this process while the store is down, never letting it through unbounded', async () => {
    const down = async (): Promise<never> => {
      throw new Error('ECONNREFUSED');
    };
    const unreachable: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };
    const config = readBackendConfig({ IDENTITY_SECRET: 'x'.repeat(32), SECUTIX_CALLS_PER_MINUTE: '100', SECUTIX_CALLS_PER_CALLER_PER_MINUTE: '4', INSTANCES: '2' });
    const b = createSecutixBudget(config, failClosed(unreachable));
    const taken = await Promise.all(Array.from({ length: 6 }, () => runInRequest({ requestId: 'r', callers: ['net:203.0.113.9'] }, () => b.take(catalogRead).then(() => 1, () => 0))));
    // two instances: this one's share of the caller's 4 is 2
    expect(taken.reduce((a: number, t) => a + t, 0)).toBe(2);
  });

  it('has no limit of ours with CACHING=off, the naive baseline', async () => {
    const b = budget({ CACHING: 'off', AVAILABILITY_CALLS_PER_MINUTE: '1' });
    expect(await admitted(b.take, availability, 50)).toBe(50);
  });
});
