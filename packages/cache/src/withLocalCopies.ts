import type { CacheStore } from './CacheStore';
import { MemoryStore } from './MemoryStore';

export interface LocalCopiesOptions {
  /** copies kept per process, least recently used evicted first (default 2,000) */
  maxEntries?: number;
  /**
   * values longer than this (characters) are not copied: a whole catalog is not worth a second copy,
   * and with `maxEntries` it bounds the tier's memory (default 16 Ki: at most about 32 M characters)
   */
  maxValueLength?: number;
  /** how long a value read from the shared store is kept, its own TTL there being unknown (default 1 hour) */
  readCopySeconds?: number;
  now?: () => number;
}

/**
 * A bounded in-process tier under a shared cache store, for when the shared store fails: every
 * value this process writes or reads is copied into a small LRU, and a read the shared store
 * cannot answer (an error, e.g. Redis down) is answered from that copy. While the shared store
 * answers, it alone is believed, so a key deleted or changed by another process is never served
 * from here.
 *
 * Cache values only: `incr` and `setIfAbsent` (budgets, locks) always go to the shared store, as
 * a copy of a counter or a lock would be a wrong answer rather than an old one.
 */
export function withLocalCopies(shared: CacheStore, options: LocalCopiesOptions = {}): CacheStore {
  const local = new MemoryStore({ maxEntries: options.maxEntries ?? 2_000, now: options.now });
  const maxLength = options.maxValueLength ?? 16 * 1024;
  const copy = (key: string, value: string, ttlSeconds: number) => (value.length <= maxLength ? local.set(key, value, ttlSeconds) : local.delete(key));
  return {
    async get(key) {
      let value: string | undefined;
      try {
        value = await shared.get(key);
      } catch (err) {
        const kept = await local.get(key);
        if (kept !== undefined) return kept;
        throw err;
      }
      if (value === undefined) await local.delete(key);
      else await copy(key, value, options.readCopySeconds ?? 3600);
      return value;
    },
    async set(key, value, ttlSeconds) {
      await copy(key, value, ttlSeconds);
      await shared.set(key, value, ttlSeconds);
    },
    async delete(key) {
      await local.delete(key);
      await shared.delete(key);
    },
    incr: (key, ttlSeconds) => shared.incr(key, ttlSeconds),
    setIfAbsent: (key, value, ttlSeconds) => shared.setIfAbsent(key, value, ttlSeconds),
    async close() {
      await local.close();
      await shared.close();
    },
  };
}
