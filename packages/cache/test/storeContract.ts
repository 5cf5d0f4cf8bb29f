import type { CacheStore } from '../src';

/** The one contract every CacheStore meets; run against memory and a real Redis. */
export function describeCacheStoreContract(name: string, makeStore: () => Promise<CacheStore>, wait: (ms: number) => Promise<void>): void {
  describe(`${name} meets the CacheStore contract`, () => {
    let store: CacheStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(() => store.close());

    it('returns what was set, and undefined for a missing key', async () => {
      await store.set('a', 'one', 60);
      expect(await store.get('a')).toBe('one');
      expect(await store.get('missing')).toBeUndefined();
    });

    it('forgets a value after its TTL', async () => {
      await store.set('short', 'x', 0.2);
      expect(await store.get('short')).toBe('x');
      await wait(300);
      expect(await store.get('short')).toBeUndefined();
    });

    it('deletes', async () => {
      await store.set('d', 'x', 60);
      await store.delete('d');
      expect(await store.get('d')).toBeUndefined();
    });

    it('counts atomically and lets the counter expire', async () => {
      const counts = await Promise.all(Array.from({ length: 20 }, () => store.incr('n', 0.3)));
      expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await wait(1100);
      expect(await store.incr('n', 60)).toBe(1);
    });

    it('sets if absent only once', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.setIfAbsent('lock', String(i), 60)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.setIfAbsent('lock', 'again', 60)).toBe(false);
    });
  });
}
