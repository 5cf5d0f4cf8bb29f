import { MemoryStore, StoreUnavailableError, type CoordinationStore } from '@stx/cache';

/** The counting part of a store: what FailureThrottle needs (a CoordinationStore is one). */
export interface Counters {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  incr(key: string, ttlSeconds: number): Promise<number>;
  delete(key: string): Promise<void>;
}

/**
 * Counters in the coordination store, or, while it cannot answer, in one store of this process.
 * Login throttling must keep counting during a Redis outage (refusing every login would lock
 * every customer out; counting nothing would let an attacker guess freely): one process-wide
 * store, made once, so each process stops an attacker on its own until Redis is back. The local
 * store evicts its oldest counters past `maxEntries`, which bounds memory under a flood of
 * invented addresses.
 */
export function processFallback(shared: CoordinationStore, options: { maxEntries?: number; onFallback?: (operation: string) => void } = {}): Counters {
  const local = new MemoryStore({ maxEntries: options.maxEntries ?? 100_000 });
  const either = async <T>(operation: string, remote: () => Promise<T>, inProcess: () => Promise<T>): Promise<T> => {
    try {
      return await remote();
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      options.onFallback?.(operation);
      return inProcess();
    }
  };
  return {
    get: (key) => either('get', () => shared.get(key), () => local.get(key)),
    set: (key, value, ttl) => either('set', () => shared.set(key, value, ttl), () => local.set(key, value, ttl)),
    incr: (key, ttl) => either('incr', () => shared.incr(key, ttl), () => local.incr(key, ttl)),
    delete: (key) => either('delete', () => shared.delete(key), () => local.delete(key)),
  };
}
