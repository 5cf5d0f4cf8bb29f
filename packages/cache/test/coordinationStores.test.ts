import { randomUUID } from 'node:crypto';
import { getTestRedisUrl, startRedisServer } from '@stx/testing';
import { MemoryStore, StoreUnavailableError, type CoordinationStore, createCoordinationStore, failClosed, prefixed } from '../src';
import { describeCoordinationStoreContract } from './coordinationContract';
import { describeCacheStoreContract } from './storeContract';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describeCoordinationStoreContract('the in-memory coordination store', async () => {
  // the memory store cannot lose its connection; "cannot know" for it is being full
  const store = createCoordinationStore({ namespace: 'mem', maxMemoryEntries: 2 });
  return { store, makeUnavailable: async () => void (await Promise.all([store.set('filler-1', 'x', 60), store.set('filler-2', 'x', 60)])) };
});

describeCoordinationStoreContract('the Redis coordination store', async () => {
  const redis = await startRedisServer();
  const store = createCoordinationStore({ redisUrl: redis.url, namespace: `test:${randomUUID()}` });
  return { store, makeUnavailable: () => redis.stop(), dispose: () => redis.stop() };
});

describeCacheStoreContract('the Redis coordination store while Redis is up', async () => {
  const store = createCoordinationStore({ redisUrl: getTestRedisUrl(), namespace: `test:${randomUUID()}` });
  return { ...store, close: () => store.close() };
}, wait);

describe('the coordination store around an outage', () => {
  it('rejects reads, writes and deletes too while Redis is down, and quickly', async () => {
    const redis = await startRedisServer();
    const store = createCoordinationStore({ redisUrl: redis.url, namespace: 'down' });
    await store.set('k', 'v', 60);
    await redis.stop();
    const started = Date.now();
    const outcomes = await Promise.allSettled([store.get('k'), store.set('k', 'v', 60), store.delete('k')]);
    expect(outcomes.map((o) => o.status === 'rejected' && o.reason instanceof StoreUnavailableError)).toEqual([true, true, true]);
    expect(Date.now() - started).toBeLessThan(500);
    await store.close();
  });

  it('never answers "claimed" while Redis is down, and claims again once it is back', async () => {
    const redis = await startRedisServer();
    const store = createCoordinationStore({ redisUrl: redis.url, namespace: 'outage' });
    expect(await store.setIfAbsent('before', '1', 60)).toBe(true);
    await redis.stop();
    const claims = await Promise.allSettled(Array.from({ length: 10 }, () => store.setIfAbsent('during', '1', 60)));
    expect(claims.every((c) => c.status === 'rejected' && c.reason instanceof StoreUnavailableError)).toBe(true);
    const again = await startRedisServer({ port: redis.port });
    let claimed: boolean | undefined;
    for (let i = 0; i < 150 && claimed === undefined; i++) {
      await wait(20);
      claimed = await store.setIfAbsent('during', '1', 60).catch(() => undefined);
    }
    expect(claimed).toBe(true);
    expect(await store.setIfAbsent('during', '1', 60)).toBe(false);
    await store.close();
    await again.stop();
  });

  it('fails at once against a Redis that was never reachable', async () => {
    const redis = await startRedisServer();
    await redis.stop();
    const store = createCoordinationStore({ redisUrl: redis.url, namespace: 'never' });
    const started = Date.now();
    await expect(store.setIfAbsent('k', '1', 60)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.incr('k', 60)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(3000);
    await store.close();
  });

  it('refuses new keys when the memory store is full, after sweeping expired ones, and never evicts', async () => {
    let clock = 0;
    const store = failClosed(prefixed(new MemoryStore({ now: () => clock, maxEntries: 2, whenFull: 'refuse' }), 'm'));
    await store.setIfAbsent('a', '1', 10);
    await store.setIfAbsent('b', '1', 60);
    await expect(store.setIfAbsent('c', '1', 60)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.setIfAbsent('a', '2', 60)).toBe(false); // still held: nothing was evicted
    clock += 10_000;
    expect(await store.setIfAbsent('c', '1', 60)).toBe(true); // 'a' expired and was swept
  });

  it('is a different type from a cache store, so errors-as-misses cannot be passed for it', () => {
    const cacheStore = new MemoryStore();
    // @ts-expect-error a CacheStore has no failsClosed brand (checked by npm run typecheck)
    const wrong: CoordinationStore = cacheStore;
    expect('failsClosed' in wrong).toBe(false);
  });
});
