import { randomUUID } from 'node:crypto';
import { getTestRedisUrl } from '@stx/testing';
import { Cache, MemoryStore, RedisStore, StoreUnavailableError, createStore, failClosed, prefixed, type CacheStore, type LoadManyOptions } from '../src';
import { closedPortUrl } from './closedPortUrl';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A loader that records each batch it is asked for, answers `value:<key>` for every key it knows, after a delay. */
function source(options: { delayMs?: number; unknown?: string[] } = {}) {
  const batches: string[][] = [];
  let failing = false;
  let version = 1;
  const loadMissing = async (keys: string[]) => {
    batches.push([...keys].sort());
    await wait(options.delayMs ?? 20);
    if (failing) throw new Error('source down');
    return new Map(keys.filter((k) => !options.unknown?.includes(k)).map((k) => [k, `${k}@${version}`]));
  };
  return { batches, loadMissing, fail: (f: boolean) => (failing = f), bump: () => version++ };
}

const values = (answers: unknown[]) => answers.map((a) => (a instanceof Error ? `error: ${a.message}` : a === undefined ? undefined : (a as { value: string }).value));

/**
 * One shared store per test, as processes see it: `connect` gives a process its connection (the
 * in-process store is one object, so every "process" of a test holds that same one).
 */
type SharedStore = () => CacheStore;
const memoryStore = (): SharedStore => {
  const store = new MemoryStore();
  return () => store;
};
const redisStore = (): SharedStore => {
  const namespace = `test:${randomUUID()}`;
  return () => prefixed(new RedisStore(getTestRedisUrl()), namespace);
};

/** The same behaviour over the in-process store and over a real Redis: the store decides nothing here. */
describe.each([
  ['memory', memoryStore],
  ['redis', redisStore],
])('Cache.getOrLoadMany over the %s store', (_name, shared: () => SharedStore) => {
  let clock = 1_000_000;
  const now = () => clock;
  let connect: SharedStore;
  const opened: CacheStore[] = [];
  let store: CacheStore;
  let cache: Cache;
  const options = (loadMissing: LoadManyOptions<string>['loadMissing'], extra: Partial<LoadManyOptions<string>> = {}): LoadManyOptions<string> => ({ ttlSeconds: 60, staleSeconds: 600, lockSeconds: 2, loadMissing, ...extra });

  beforeEach(() => {
    clock = 1_000_000;
    const base = shared();
    connect = () => {
      const connection = base();
      opened.push(connection);
      return connection;
    };
    store = connect();
    cache = new Cache({ store, now });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  it('loads every miss in one call, answers in the order asked, then serves them without loading', async () => {
    const { batches, loadMissing } = source();
    expect(values(await cache.getOrLoadMany(['b', 'a', 'c'], options(loadMissing)))).toEqual(['b@1', 'a@1', 'c@1']);
    clock += 59_000;
    const again = await cache.getOrLoadMany(['a', 'b', 'c'], options(loadMissing));
    expect(values(again)).toEqual(['a@1', 'b@1', 'c@1']);
    expect(again.every((a) => a && !(a instanceof Error) && !a.stale)).toBe(true);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('asks only for what is missing, and answers undefined for a key the loader has no value for', async () => {
    const { batches, loadMissing } = source({ unknown: ['x'] });
    await cache.getOrLoadMany(['a', 'b'], options(loadMissing));
    expect(values(await cache.getOrLoadMany(['a', 'b', 'c', 'x'], options(loadMissing)))).toEqual(['a@1', 'b@1', 'c@1', undefined]);
    // nothing kept for a key without a value: asked again
    await cache.getOrLoadMany(['x'], options(loadMissing));
    expect(batches).toEqual([['a', 'b'], ['c', 'x'], ['x']]);
  });

  it('loads a value again when it was invalidated after its load started, and waits for it when stale values are only a fallback', async () => {
    const { batches, loadMissing, bump } = source();
    const changed = new Map<string, number>();
    const o = options(loadMissing, { whileStale: 'fallback', invalidatedAt: (v) => changed.get(v.split('@')[0]) });
    await cache.getOrLoadMany(['a', 'b'], o);
    clock += 1000;
    changed.set('b', clock);
    bump();
    const answers = await cache.getOrLoadMany(['a', 'b'], o);
    expect(values(answers)).toEqual(['a@1', 'b@2']);
    expect(answers.map((a) => (a as { stale: boolean }).stale)).toEqual([false, false]);
    expect(batches).toEqual([['a', 'b'], ['b']]);
  });

  it('serves stale values at once and revalidates them in the background as one batch', async () => {
    const { batches, loadMissing, bump } = source();
    await cache.getOrLoadMany(['a', 'b', 'c'], options(loadMissing));
    clock += 61_000;
    bump();
    const answers = await cache.getOrLoadMany(['a', 'b'], options(loadMissing));
    expect(values(answers)).toEqual(['a@1', 'b@1']);
    expect(answers.every((a) => (a as { stale: boolean }).stale)).toBe(true);
    await wait(100);
    expect(batches).toEqual([['a', 'b', 'c'], ['a', 'b']]);
    expect(values(await cache.getOrLoadMany(['a', 'b'], options(loadMissing)))).toEqual(['a@2', 'b@2']);
  });

  it('when loading fails, serves what it holds and gives the error only for keys it never had', async () => {
    const { loadMissing, fail } = source();
    await cache.getOrLoadMany(['a'], options(loadMissing));
    clock += 3_600_000; // past the stale window: only a fallback now
    fail(true);
    const [a, b] = await cache.getOrLoadMany(['a', 'b'], options(loadMissing));
    expect(a).toMatchObject({ value: 'a@1', stale: true });
    expect(b).toBeInstanceOf(Error);
    expect((b as Error).message).toBe('source down');
  });

  it('shares in-flight loads between concurrent lookups of this process, single and batched alike', async () => {
    const { batches, loadMissing } = source({ delayMs: 50 });
    const [many, overlapping, single] = await Promise.all([
      cache.getOrLoadMany(['a', 'b'], options(loadMissing)),
      cache.getOrLoadMany(['b', 'c'], options(loadMissing)),
      cache.getOrLoad('a', { ttlSeconds: 60, load: async () => (await loadMissing(['a'])).get('a')! }),
    ]);
    expect([values(many), values(overlapping), single.value]).toEqual([['a@1', 'b@1'], ['b@1', 'c@1'], 'a@1']);
    expect(batches).toEqual([['a', 'b'], ['c']]);
  });

  it('waits for the instance holding a key, takes its value, and loads the others meanwhile', async () => {
    const { batches, loadMissing } = source();
    await store.setIfAbsent('lock:b', 'other instance', 60);
    const pending = cache.getOrLoadMany(['a', 'b'], options(loadMissing));
    await wait(80);
    await store.set('b', JSON.stringify({ v: 'theirs', storedAt: clock, freshUntil: clock + 60_000 }), 60);
    expect(values(await pending)).toEqual(['a@1', 'theirs']);
    expect(batches).toEqual([['a']]);
    expect(await store.get('lock:b')).toBe('other instance');
  });

  it('loads a key itself when its holder never writes it, after the lock time', async () => {
    const { batches, loadMissing } = source();
    await store.setIfAbsent('lock:b', 'other instance', 60);
    const started = Date.now();
    expect(values(await cache.getOrLoadMany(['a', 'b'], options(loadMissing, { lockSeconds: 0.2 })))).toEqual(['a@1', 'b@1']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('loads each key once for two instances asking overlapping batches at once', async () => {
    const { batches, loadMissing } = source({ delayMs: 100 });
    // a second process: its own Cache (own in-flight map) and its own connection
    const other = new Cache({ store: connect(), now });
    const [mine, theirs] = await Promise.all([cache.getOrLoadMany(['a', 'b', 'c'], options(loadMissing)), other.getOrLoadMany(['b', 'c', 'd'], options(loadMissing))]);
    expect([values(mine), values(theirs)]).toEqual([['a@1', 'b@1', 'c@1'], ['b@1', 'c@1', 'd@1']]);
    expect(batches.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('Cache.getOrLoadMany when the store is down', () => {
  it('over a cache store (errors as misses): loads, answers, and serves again from its local copies without hanging', async () => {
    const store = createStore({ redisUrl: await closedPortUrl(), namespace: 'down' });
    const cache = new Cache({ store });
    const { batches, loadMissing } = source({ delayMs: 1 });
    const started = Date.now();
    expect(values(await cache.getOrLoadMany(['a', 'b'], { ttlSeconds: 60, loadMissing }))).toEqual(['a@1', 'b@1']);
    expect(values(await cache.getOrLoadMany(['a', 'b'], { ttlSeconds: 60, loadMissing }))).toEqual(['a@1', 'b@1']);
    expect(batches).toEqual([['a', 'b']]);
    expect(Date.now() - started).toBeLessThan(3000);
    await store.close();
  });

  it('over a store that fails closed: refuses with StoreUnavailableError and loads nothing', async () => {
    const down = async (): Promise<never> => {
      throw new Error('ECONNREFUSED');
    };
    const unreachable: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };
    const cache = new Cache({ store: failClosed(unreachable) });
    const { batches, loadMissing } = source();
    await expect(cache.getOrLoadMany(['a', 'b'], { ttlSeconds: 60, loadMissing })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(batches).toEqual([]);
  });

  it('over a store that fails closed and cannot take a lock: loads nothing and answers the refusal', async () => {
    const memory = new MemoryStore();
    const locksTimeOut: CacheStore = {
      get: (k) => memory.get(k),
      set: (k, v, t) => memory.set(k, v, t),
      delete: (k) => memory.delete(k),
      incr: (k, t) => memory.incr(k, t),
      setIfAbsent: () => Promise.reject(new Error('command timed out')),
      close: () => memory.close(),
    };
    const cache = new Cache({ store: failClosed(locksTimeOut) });
    const { batches, loadMissing } = source();
    const [a] = await cache.getOrLoadMany(['a'], { ttlSeconds: 60, loadMissing });
    expect(a).toBeInstanceOf(StoreUnavailableError);
    expect(batches).toEqual([]);
  });
});
