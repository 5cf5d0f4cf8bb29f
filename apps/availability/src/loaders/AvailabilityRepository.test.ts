import { Cache, MemoryStore, failClosed } from '@stx/cache';
import type { ProductAvailabilityRecord } from '@stx/secutix-client';
import { createSecutixBudget, readBackendConfig } from '@stx/secutix-runtime';
import type { AvailabilityChanges } from '../sync/AvailabilityChanges';
import { AvailabilityRepository } from './AvailabilityRepository';

/** The exact batches sent upstream, with a scripted SecuTix and a controllable clock. */
function setup(options: { share?: number; naive?: boolean } = {}) {
  let clock = 1_000_000;
  const now = () => clock;
  const batches: number[][] = [];
  const changes = new Map<number, number>();
  let down = false;
  let duringFetch = () => {};
  // the one SecuTix budget, availability's share included, as the caller takes it before each call
  const config = readBackendConfig({ IDENTITY_SECRET: 'x'.repeat(32), AVAILABILITY_CALLS_PER_MINUTE: String(options.share ?? 100) });
  const budget = createSecutixBudget(config, failClosed(new MemoryStore()));
  const repo = new AvailabilityRepository<ProductAvailabilityRecord>({
    kind: 'product',
    // CACHING=off wires the repository without a cache (apps/availability/src/context.ts)
    cache: options.naive ? undefined : new Cache({ store: new MemoryStore({ now }), now }),
    changes: { current: async () => changes, track: async () => {} } as unknown as AvailabilityChanges,
    fetch: async (ids) => {
      await budget.take({ service: 'AvailabilityService', operation: 'getProductAvailability', write: false });
      batches.push([...ids]);
      duringFetch();
      if (down) throw new Error('SecuTix down');
      return ids.filter((id) => id < 900).map((productId) => ({ productId, availability: 10, availabilityIndicator: 1 }));
    },
    idOf: (r) => r.productId,
    productIdOf: (r) => r.productId,
    freshSeconds: 3600,
    staleSeconds: 86400,
  });
  return { repo, batches, changes, advance: (ms: number) => (clock += ms), setDown: (d: boolean) => (down = d), now, whileFetching: (f: () => void) => (duringFetch = f) };
}

describe('AvailabilityRepository', () => {
  it('asks for all missing ids in one batch, then serves them from the cache', async () => {
    const { repo, batches } = setup();
    const first = await repo.getMany([1, 2, 3]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(first.map((e) => (e as { productId: number }).productId)).toEqual([1, 2, 3]);
    await repo.getMany([1, 2, 3]);
    expect(batches).toHaveLength(1);
  });

  it('asks again only for products reported changed since their answer', async () => {
    const { repo, batches, changes, advance, now } = setup();
    await repo.getMany([1, 2, 3]);
    advance(1000);
    changes.set(2, now());
    await repo.getMany([1, 2, 3]);
    expect(batches).toEqual([[1, 2, 3], [2]]);
  });

  it('serves the last known answer when SecuTix fails, and an error only for ids never seen', async () => {
    const { repo, changes, setDown, advance, now } = setup();
    await repo.getMany([1]);
    advance(1000);
    changes.set(1, now());
    setDown(true);
    const [known, unknown] = await repo.getMany([1, 2]);
    expect(known).toMatchObject({ productId: 1 });
    expect(unknown).toBeInstanceOf(Error);
  });

  it('answers undefined for an id SecuTix does not know', async () => {
    const { repo } = setup();
    expect(await repo.getMany([901])).toEqual([undefined]);
  });

  it('asks again for an answer whose product was reported changed while SecuTix was answering', async () => {
    const { repo, batches, changes, advance, now, whileFetching } = setup();
    whileFetching(() => {
      advance(10);
      changes.set(1, now());
    });
    await repo.getMany([1]);
    whileFetching(() => {});
    await repo.getMany([1]);
    expect(batches).toEqual([[1], [1]]);
  });

  it("stops asking when availability's share of the SecuTix budget is spent", async () => {
    const { repo, batches } = setup({ share: 1 });
    await repo.getMany([1]);
    const [refused] = await repo.getMany([2]);
    expect(refused).toMatchObject({ kind: 'BUDGET_EXHAUSTED' });
    expect(batches).toEqual([[1]]);
  });

  it('shares one batch between concurrent requests for the same ids', async () => {
    const { repo, batches } = setup();
    await Promise.all([repo.getMany([1, 2]), repo.getMany([1, 2]), repo.getMany([2])]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('with caching off (the naive baseline) asks SecuTix every time and fails when SecuTix does', async () => {
    const { repo, batches, setDown } = setup({ naive: true });
    await Promise.all([repo.getMany([1]), repo.getMany([1])]);
    await repo.getMany([1]);
    expect(batches).toEqual([[1], [1], [1]]);
    setDown(true);
    expect((await repo.getMany([1]))[0]).toBeInstanceOf(Error);
  });
});
