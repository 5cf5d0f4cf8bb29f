import { randomUUID } from 'node:crypto';
import { getTestRedisUrl } from '@stx/testing';
import { Cache, MemoryStore, RateBudget, RedisStore, createStore, errorsAsMisses, failClosed, prefixed, type CacheStore } from '../src';
import { closedPortUrl } from './closedPortUrl';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function counter<T>(value: () => T, delayMs = 20) {
  const calls = { n: 0 };
  const load = async () => {
    calls.n++;
    await wait(delayMs);
    return value();
  };
  return { calls, load };
}

function methodsOf(store: CacheStore): CacheStore {
  return {
    get: (key) => store.get(key),
    set: (key, value, ttl) => store.set(key, value, ttl),
    delete: (key) => store.delete(key),
    incr: (key, ttl) => store.incr(key, ttl),
    setIfAbsent: (key, value, ttl) => store.setIfAbsent(key, value, ttl),
    close: () => store.close(),
  };
}

describe('Cache.getOrLoad', () => {
  let clock = 1_000_000;
  const now = () => clock;
  let store: CacheStore;
  let cache: Cache;
  beforeEach(() => {
    clock = 1_000_000;
    store = new MemoryStore({ now });
    cache = new Cache({ store, now });
  });

  it('coalesces concurrent misses of one key into one load, in process, without touching the lock again', async () => {
    const lockAttempts = { n: 0 };
    const counted: CacheStore = { ...methodsOf(store), setIfAbsent: (...args) => (lockAttempts.n++, store.setIfAbsent(...args)) };
    cache = new Cache({ store: counted, now });
    const { calls, load } = counter(() => 'v');
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.getOrLoad('k', { ttlSeconds: 60, load })));
    expect(calls.n).toBe(1);
    expect(lockAttempts.n).toBe(1);
    expect(results.every((r) => r.value === 'v' && !r.stale)).toBe(true);
  });

  it('serves a fresh value without loading', async () => {
    const { calls, load } = counter(() => 'v');
    await cache.getOrLoad('k', { ttlSeconds: 60, load });
    clock += 59_000;
    await cache.getOrLoad('k', { ttlSeconds: 60, load });
    expect(calls.n).toBe(1);
  });

  it('serves a stale value at once and revalidates in the background', async () => {
    let version = 1;
    const { calls, load } = counter(() => version);
    await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load });
    version = 2;
    clock += 11_000;
    const stale = await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load });
    expect(stale).toMatchObject({ value: 1, stale: true });
    await wait(60);
    expect(calls.n).toBe(2);
    expect(await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load })).toMatchObject({ value: 2, stale: false });
  });

  it('keeps serving the stale value while revalidation fails, and reports the failure', async () => {
    const warnings: unknown[] = [];
    cache = new Cache({ store, now, logger: { warn: (message, fields) => warnings.push({ message, ...fields }) } });
    await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load: async () => 'old' });
    clock += 30_000;
    const { calls, load } = counter((): string => { throw new Error('down'); }, 5);
    expect(await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load })).toMatchObject({ value: 'old', stale: true });
    await wait(30);
    expect(await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load })).toMatchObject({ value: 'old', stale: true });
    await wait(30);
    expect(calls.n).toBe(2);
    expect(warnings).toEqual([
      { message: 'cache revalidation failed', key: 'k', error: 'Error: down' },
      { message: 'cache revalidation failed', key: 'k', error: 'Error: down' },
    ]);
  });

  it('serves an old value still in the store past its stale window when loading fails (stale-if-error)', async () => {
    // the store keeps entries by its own clock (as Redis does), so an entry can outlive this
    // process's idea of the stale window
    const storeClock = clock;
    cache = new Cache({ store: new MemoryStore({ now: () => storeClock }), now });
    await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 5, load: async () => 'old' });
    clock += 60_000;
    const result = await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 5, load: async () => { throw new Error('down'); } });
    expect(result).toMatchObject({ value: 'old', stale: true, storedAt: 1_000_000 });
  });

  it('waits for the instance holding the lock and takes the value it writes', async () => {
    await store.setIfAbsent('lock:k', 'other', 60);
    const { calls, load } = counter(() => 'mine');
    const pending = cache.getOrLoad('k', { ttlSeconds: 60, lockSeconds: 2, load });
    await wait(60);
    await store.set('k', JSON.stringify({ v: 'theirs', storedAt: clock, freshUntil: clock + 60_000 }), 60);
    expect(await pending).toMatchObject({ value: 'theirs', stale: false });
    expect(calls.n).toBe(0);
  });

  it('loads itself when the lock holder never writes, and leaves the lock to its holder', async () => {
    await store.setIfAbsent('lock:k', 'other', 60);
    const { calls, load } = counter(() => 'mine');
    const started = Date.now();
    expect(await cache.getOrLoad('k', { ttlSeconds: 60, lockSeconds: 0.2, load })).toMatchObject({ value: 'mine' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(calls.n).toBe(1);
    expect(await store.get('lock:k')).toBe('other');
  });

  it('leaves revalidation to the instance holding the lock', async () => {
    const { calls, load } = counter(() => 'v');
    await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load });
    await store.setIfAbsent('lock:k', 'other', 60);
    clock += 11_000;
    expect(await cache.getOrLoad('k', { ttlSeconds: 10, staleSeconds: 60, load })).toMatchObject({ value: 'v', stale: true });
    await wait(60);
    expect(calls.n).toBe(1);
  });

  it('peeks, sets and deletes', async () => {
    expect(await cache.peek('k')).toBeUndefined();
    await cache.set('k', { a: 1 }, 10, 30);
    expect(await cache.peek('k')).toEqual({ value: { a: 1 }, storedAt: 1_000_000, stale: false });
    clock += 10_000;
    expect(await cache.peek('k')).toMatchObject({ stale: true });
    await cache.delete('k');
    expect(await cache.peek('k')).toBeUndefined();
  });

  it('throws the load error when it has nothing to serve', async () => {
    await expect(cache.getOrLoad('k', { ttlSeconds: 10, load: async () => { throw new Error('down'); } })).rejects.toThrow('down');
  });
});

describe('Cache across instances sharing Redis', () => {
  it('makes one load for two instances missing the same key at once', async () => {
    const ns = `test:${randomUUID()}`;
    const stores = [prefixed(new RedisStore(getTestRedisUrl()), ns), prefixed(new RedisStore(getTestRedisUrl()), ns)];
    const caches = stores.map((store) => new Cache({ store }));
    const { calls, load } = counter(() => 'shared', 100);
    const results = await Promise.all(caches.map((c) => c.getOrLoad('k', { ttlSeconds: 60, load })));
    expect(calls.n).toBe(1);
    expect(results.map((r) => r.value)).toEqual(['shared', 'shared']);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('Cache over an unreachable Redis', () => {
  it('loads on every call, without hanging', async () => {
    const store = createStore({ redisUrl: await closedPortUrl(), namespace: 'down' });
    const cache = new Cache({ store });
    const { calls, load } = counter(() => 'v', 1);
    const started = Date.now();
    expect(await cache.getOrLoad('k', { ttlSeconds: 60, load })).toMatchObject({ value: 'v', stale: false });
    expect(await cache.getOrLoad('k', { ttlSeconds: 60, load })).toMatchObject({ value: 'v', stale: false });
    expect(calls.n).toBe(2);
    expect(Date.now() - started).toBeLessThan(3000);
    await store.close();
  });
});

describe('RateBudget', () => {
  it('is shared by every instance over one store, and renews with the window', async () => {
    let clock = 0;
    const store = prefixed(new RedisStore(getTestRedisUrl()), `test:${randomUUID()}`);
    const budgets = [0, 1].map(() => new RateBudget({ store: failClosed(store), limit: 5, windowSeconds: 60, name: 'calls', now: () => clock }));
    const taken = await Promise.all(Array.from({ length: 8 }, (_, i) => budgets[i % 2].tryTake()));
    expect(taken.filter(Boolean)).toHaveLength(5);
    expect(await budgets[1].remaining()).toBe(0);
    clock += 60_000;
    expect(await budgets[0].tryTake()).toBe(true);
    expect(await budgets[1].remaining()).toBe(4);
    await store.close();
  });

  it('counts in its own process when the shared store cannot count', async () => {
    const down = async (): Promise<never> => { throw new Error('redis down'); };
    const failing = errorsAsMisses({ get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: down });
    const errors: unknown[] = [];
    const budget = new RateBudget({ store: failClosed(failing), limit: 2, windowSeconds: 60, name: 'calls', now: () => 0, onStoreError: (err) => errors.push(err) });
    expect([await budget.tryTake(), await budget.tryTake(), await budget.tryTake()]).toEqual([true, true, false]);
    expect(errors).toHaveLength(3);
    expect(await budget.remaining()).toBe(2); // unknown, as the shared store sees it

  });
});
