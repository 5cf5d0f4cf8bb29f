import { randomUUID } from 'node:crypto';
import { startRedisServer, type RedisHandle } from '@stx/testing';
import { Cache, createStore, type CacheStore } from '../src';

/**
 * The cache store's in-process tier, against a redis-server this test kills: what a process wrote
 * or read is still answered while Redis is down, and nothing else changes.
 */
describe('createStore keeps local copies for when Redis fails', () => {
  let redis: RedisHandle;
  let store: CacheStore;
  let other: CacheStore;

  beforeEach(async () => {
    redis = await startRedisServer();
    const namespace = `test:${randomUUID()}`;
    store = createStore({ redisUrl: redis.url, namespace });
    other = createStore({ redisUrl: redis.url, namespace }); // another process
  });
  afterEach(async () => {
    await Promise.all([store.close(), other.close()]);
    await redis.stop();
  });

  it('answers what it wrote or read while Redis is down, and misses what it never saw', async () => {
    await store.set('written', 'w', 60);
    await other.set('read', 'r', 60);
    expect(await store.get('read')).toBe('r');
    await other.set('unseen', 'u', 60);
    await redis.stop();
    expect(await store.get('written')).toBe('w');
    expect(await store.get('read')).toBe('r');
    expect(await store.get('unseen')).toBeUndefined();
  });

  it('believes Redis alone while it answers: a key another process deleted or changed is not served from the copy', async () => {
    await store.set('k', 'old', 60);
    await other.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await other.set('k', 'new', 60);
    expect(await store.get('k')).toBe('new');
    await redis.stop();
    expect(await store.get('k')).toBe('new');
  });

  it('copies no counter or lock: with Redis down they fail as before', async () => {
    expect(await store.setIfAbsent('lock', '1', 60)).toBe(true);
    await redis.stop();
    await expect(store.incr('n', 60)).rejects.toThrow();
    expect(await store.setIfAbsent('lock', '1', 60)).toBe(true); // errors as misses: the caller loads itself
  });

  it('lets a Cache serve its fresh value with Redis down, without loading again', async () => {
    const cache = new Cache({ store });
    let loads = 0;
    const load = async () => ++loads;
    await cache.getOrLoad('v', { ttlSeconds: 60, load });
    await redis.stop();
    expect(await cache.getOrLoad('v', { ttlSeconds: 60, load })).toMatchObject({ value: 1, stale: false });
    expect(loads).toBe(1);
  });
});
