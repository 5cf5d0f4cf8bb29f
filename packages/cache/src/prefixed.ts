import type { CacheStore } from './CacheStore';

/** Key namespacing: several institutions, apps or test runs can share one Redis. */
export function prefixed(store: CacheStore, namespace: string): CacheStore {
  const k = (key: string) => `${namespace}:${key}`;
  return {
    get: (key) => store.get(k(key)),
    set: (key, value, ttl) => store.set(k(key), value, ttl),
    delete: (key) => store.delete(k(key)),
    incr: (key, ttl) => store.incr(k(key), ttl),
    setIfAbsent: (key, value, ttl) => store.setIfAbsent(k(key), value, ttl),
    close: () => store.close(),
  };
}
