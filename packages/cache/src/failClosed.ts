import type { CacheStore } from './CacheStore';
import type { CoordinationStore } from './CoordinationStore';
import { StoreUnavailableError } from './StoreUnavailableError';

/**
 * Turns any failure of the underlying store (connection down, command timeout, full) into a
 * StoreUnavailableError, so callers have one error to handle and never a silent default.
 */
export function failClosed(store: CacheStore): CoordinationStore {
  const guard = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      throw new StoreUnavailableError(operation, { cause: err });
    }
  };
  return {
    failsClosed: true,
    get: (key) => guard('get', () => store.get(key)),
    set: (key, value, ttl) => guard('set', () => store.set(key, value, ttl)),
    delete: (key) => guard('delete', () => store.delete(key)),
    incr: (key, ttl) => guard('incr', () => store.incr(key, ttl)),
    setIfAbsent: (key, value, ttl) => guard('setIfAbsent', () => store.setIfAbsent(key, value, ttl)),
    close: () => store.close(),
  };
}
