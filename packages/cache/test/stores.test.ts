import { randomUUID } from 'node:crypto';
import { getTestRedisUrl } from '@stx/testing';
import { MemoryStore, RedisStore, createStore, prefixed } from '../src';
import { describeCacheStoreContract } from './storeContract';
import { closedPortUrl } from './closedPortUrl';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describeCacheStoreContract('MemoryStore', async () => new MemoryStore(), wait);
describeCacheStoreContract('RedisStore', async () => prefixed(new RedisStore(getTestRedisUrl()), `test:${randomUUID()}`), wait);
describeCacheStoreContract('createStore over Redis', async () => createStore({ redisUrl: getTestRedisUrl(), namespace: `test:${randomUUID()}` }), wait);

describe('stores around the contract', () => {
  it('keeps namespaces apart on one Redis', async () => {
    const redis = new RedisStore(getTestRedisUrl());
    const a = prefixed(redis, `a:${randomUUID()}`);
    const b = prefixed(redis, `b:${randomUUID()}`);
    await a.set('k', 'from a', 60);
    expect(await b.get('k')).toBeUndefined();
    expect(await a.get('k')).toBe('from a');
    await redis.close();
  });

  it('treats an unreachable Redis as misses, quickly, but lets counter failures through', async () => {
    const errors: string[] = [];
    const store = createStore({ redisUrl: await closedPortUrl(), namespace: 'down', onError: (op) => errors.push(op) });
    const started = Date.now();
    expect(await store.get('k')).toBeUndefined();
    await expect(store.set('k', 'v', 60)).resolves.toBeUndefined();
    await expect(store.delete('k')).resolves.toBeUndefined();
    expect(await store.setIfAbsent('k', 'v', 60)).toBe(true);
    await expect(store.incr('k', 60)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(errors).toEqual(['get', 'set', 'delete', 'setIfAbsent']);
    await store.close();
  });

  it('refuses commands at once while its connection is down, and recovers when Redis is back', async () => {
    const store = new RedisStore(getTestRedisUrl());
    await store.set(`k:${randomUUID()}`, 'v', 60);
    const admin = new RedisStore(getTestRedisUrl());
    const id = await store.redis.client('ID');
    await admin.redis.client('KILL', 'ID', String(id));
    // ioredis notices the close and waits 50 ms before its first reconnect: poll for that state
    // rather than sleep a fixed time, which on a busy machine fell before or after it (CI)
    for (let i = 0; i < 500 && store.redis.status === 'ready'; i++) await wait(1);
    const started = Date.now();
    await expect(store.get('k')).rejects.toThrow(/unavailable/);
    // "at once" means no wait for a reconnect or a command timeout (1 s), with room for a busy CI
    expect(Date.now() - started).toBeLessThan(500);
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      await wait(20);
      recovered = await store.get('k').then(() => true, () => false);
    }
    expect(recovered).toBe(true);
    await Promise.all([store.close(), admin.close()]);
  });

  it('evicts the least recently used entries past its size bound', async () => {
    const store = new MemoryStore({ maxEntries: 2 });
    await store.set('1', 'a', 60);
    await store.set('2', 'b', 60);
    expect(await store.get('1')).toBe('a');
    await store.set('3', 'c', 60);
    expect(await store.get('2')).toBeUndefined();
    expect(await store.get('1')).toBe('a');
    expect(await store.get('3')).toBe('c');
  });

  it('expires entries by its injected clock', async () => {
    let clock = 0;
    const store = new MemoryStore({ now: () => clock });
    await store.set('k', 'v', 10);
    const n = await store.incr('n', 10);
    clock += 9_999;
    expect(await store.get('k')).toBe('v');
    expect(await store.incr('n', 10)).toBe(n + 1);
    clock += 1;
    expect(await store.get('k')).toBeUndefined();
    expect(await store.incr('n', 10)).toBe(1);
    expect(await store.setIfAbsent('k', 'again', 10)).toBe(true);
  });
});
