import { StoreUnavailableError, type CoordinationStore } from '../src';

/**
 * The one contract every CoordinationStore meets, run against memory and a real Redis: the same
 * answers as a cache store while it works (describeCacheStoreContract covers TTLs and counting),
 * and an explicit refusal, never a default answer, when it cannot know.
 */
export function describeCoordinationStoreContract(
  name: string,
  make: () => Promise<{ store: CoordinationStore; makeUnavailable(): Promise<void>; dispose?(): Promise<void> }>,
): void {
  describe(`${name} meets the CoordinationStore contract`, () => {
    let store: CoordinationStore;
    let makeUnavailable: () => Promise<void>;
    let dispose: (() => Promise<void>) | undefined;
    beforeEach(async () => {
      ({ store, makeUnavailable, dispose } = await make());
    });
    afterEach(async () => {
      await store.close();
      await dispose?.();
    });

    it('claims a key for exactly one of many concurrent callers', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.setIfAbsent('claim', String(i), 60)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get('claim')).toBe(String(results.indexOf(true)));
    });

    it('counts, reads, overwrites and deletes', async () => {
      expect(await store.incr('n', 60)).toBe(1);
      expect(await store.incr('n', 60)).toBe(2);
      expect(await store.get('n')).toBe('2');
      await store.set('k', 'v', 60);
      await store.set('k', 'w', 60);
      expect(await store.get('k')).toBe('w');
      await store.delete('k');
      expect(await store.get('k')).toBeUndefined();
      expect(await store.setIfAbsent('k', 'again', 60)).toBe(true);
    });

    it('refuses to claim or count with StoreUnavailableError when it cannot know, quickly', async () => {
      await makeUnavailable();
      const started = Date.now();
      await expect(store.setIfAbsent('fresh-key', 'v', 60)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.incr('fresh-counter', 60)).rejects.toBeInstanceOf(StoreUnavailableError);
      // no wait for a reconnect or a command timeout: a request refused at once can be retried
      expect(Date.now() - started).toBeLessThan(500);
    });
  });
}
