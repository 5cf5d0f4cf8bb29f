import type { CachedValue } from './CacheEntry';

/** What a read-through needs to know of its values, whether loaded one by one or in batches. */
export interface ReadThroughOptions<T> {
  ttlSeconds: number;
  /** how long past `ttlSeconds` an old value is kept: served at once while a new one loads, or when loading fails */
  staleSeconds?: number;
  /**
   * what a value past its freshness is used for: `serve` it at once while a new one loads in the
   * background (the default), or only as a `fallback` when loading fails, the caller waiting for
   * the new one (availability: a change SecuTix reported must show on the next read)
   */
  whileStale?: 'serve' | 'fallback';
  /**
   * when a value stopped being true before its TTL said so (a change reported since): a value
   * whose load started before that is past its freshness
   */
  invalidatedAt?: (value: T) => number | undefined;
  /** how long other instances wait for the one loading a key before loading it themselves (default 10) */
  lockSeconds?: number;
}

export interface LoadOptions<T> extends ReadThroughOptions<T> {
  load: () => Promise<T>;
}

export interface LoadManyOptions<T> extends ReadThroughOptions<T> {
  /**
   * loads, in one call, the values that neither the store nor another instance had; a key left
   * out of the answer has no value (answered `undefined`, and asked again next time)
   */
  loadMissing: (keys: string[]) => Promise<Map<string, T>>;
}

/** One key's answer of `getOrLoadMany`: its value, `undefined` when the loader has none, or the load's error when nothing older is kept. */
export type ManyAnswer<T> = CachedValue<T> | undefined | Error;
