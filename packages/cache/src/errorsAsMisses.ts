import type { CacheStore } from './CacheStore';

/**
 * A failing cache must never fail a request: reads become misses, writes are dropped, and
 * `setIfAbsent` answers true so the caller does the work itself rather than wait on a lock nobody
 * holds. That is right for caching only: anything whose "yes" guards money, identity or SecuTix's
 * limits (idempotency, login counters, sessions) uses a CoordinationStore, which fails closed.
 *
 * `incr` is the exception and rethrows: a counter that answers 0 when Redis is down would call
 * every budget "unspent" and let all instances hammer SecuTix exactly when things are already
 * going wrong. The caller knows better what a lost count means (RateBudget falls back to counting
 * in its own process).
 */
export function errorsAsMisses(store: CacheStore, onError: (operation: string, err: unknown) => void = () => {}): CacheStore {
  const guard = async <T>(operation: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      onError(operation, err);
      return fallback;
    }
  };
  return {
    get: (key) => guard('get', undefined, () => store.get(key)),
    set: (key, value, ttl) => guard('set', undefined, () => store.set(key, value, ttl)),
    delete: (key) => guard('delete', undefined, () => store.delete(key)),
    incr: (key, ttl) => store.incr(key, ttl),
    setIfAbsent: (key, value, ttl) => guard('setIfAbsent', true, () => store.setIfAbsent(key, value, ttl)),
    close: () => guard('close', undefined, () => store.close()),
  };
}
