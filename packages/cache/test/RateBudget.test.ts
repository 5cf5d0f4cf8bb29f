import { randomUUID } from 'node:crypto';
import { getTestRedisUrl } from '@stx/testing';
import { InstanceHeartbeat, RateBudget, RedisStore, createStore, failClosed, fixedInstanceCount, prefixed, type CacheStore } from '../src';
import { closedPortUrl } from './closedPortUrl';

/** a real Redis store that can be made to fail, as when Redis goes away under a running process */
function switchable(store: CacheStore): CacheStore & { down: boolean } {
  const s = { down: false } as CacheStore & { down: boolean };
  const guard = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
    if (s.down) throw new Error('redis down');
    return f(...a);
  };
  s.get = guard((k) => store.get(k));
  s.set = guard((k, v, t) => store.set(k, v, t));
  s.delete = guard((k) => store.delete(k));
  s.incr = guard((k, t) => store.incr(k, t));
  s.setIfAbsent = guard((k, v, t) => store.setIfAbsent(k, v, t));
  s.close = () => store.close();
  return s;
}

describe('RateBudget with the store down', () => {
  it('lets each process take only its share, so all of them together stay under the limit', async () => {
    // the cache store over a Redis that does not answer: incr fails, as with Redis killed
    const store = createStore({ redisUrl: await closedPortUrl(), namespace: 'x' });
    const processes = [0, 1, 2].map(() => new RateBudget({ store: failClosed(store), limit: 6, windowSeconds: 60, name: 'calls', instances: fixedInstanceCount(3), now: () => 0 }));
    let taken = 0;
    for (const budget of processes) for (let i = 0; i < 6; i++) if (await budget.tryTake()) taken++;
    expect(taken).toBe(6);
    await store.close();
  });

  it('turns a share under one call a window into one call every few windows', async () => {
    let clock = 0;
    const down = async (): Promise<never> => { throw new Error('down'); };
    const store: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };
    const budget = new RateBudget({ store: failClosed(store), limit: 1, windowSeconds: 10, name: 'check', instances: fixedInstanceCount(4), now: () => clock });
    const granted: number[] = [];
    for (; clock < 80_000; clock += 1000) if (await budget.tryTake()) granted.push(clock);
    expect(granted).toEqual([0, 40_000]);
  });
});

describe('InstanceHeartbeat', () => {
  it('counts the instances beating on one store, and keeps the last count when the store goes down', async () => {
    let clock = 1_000_000;
    const shared = prefixed(new RedisStore(getTestRedisUrl()), `test:${randomUUID()}`);
    const store = switchable(shared);
    const beats = [0, 1, 2].map(() => new InstanceHeartbeat(store, { windowSeconds: 10, now: () => clock }));
    try {
      await Promise.all(beats.map((b) => b.beat()));
      clock += 10_000;
      await Promise.all(beats.map((b) => b.beat()));
      expect(beats.map((b) => b.current())).toEqual([3, 3, 3]);
      store.down = true;
      clock += 10_000;
      await beats[0].beat();
      expect(beats[0].current()).toBe(3);
      const budget = new RateBudget({ store: failClosed(store), limit: 9, windowSeconds: 60, name: 'calls', instances: beats[0], now: () => clock });
      const taken = (await Promise.all(Array.from({ length: 9 }, () => budget.tryTake()))).filter(Boolean);
      expect(taken).toHaveLength(3);
    } finally {
      beats.forEach((b) => b.close());
      await shared.close();
    }
  });

  it('assumes several instances until the store has answered once', async () => {
    const store = createStore({ redisUrl: await closedPortUrl(), namespace: 'x' });
    const beat = new InstanceHeartbeat(store, { windowSeconds: 10 });
    await beat.beat();
    expect(beat.current()).toBeGreaterThan(1);
    beat.close();
    await store.close();
  });
});
