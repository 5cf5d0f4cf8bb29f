import type { CacheStore } from './CacheStore';
import { errorsAsMisses } from './errorsAsMisses';
import { MemoryStore } from './MemoryStore';
import { prefixed } from './prefixed';
import { RedisStore } from './RedisStore';

/** Redis when a URL is configured, memory otherwise; always namespaced and failure-tolerant. */
export function createStore(options: { redisUrl?: string; namespace: string; onError?: (operation: string, err: unknown) => void }): CacheStore {
  const base = options.redisUrl ? new RedisStore(options.redisUrl) : new MemoryStore();
  return prefixed(errorsAsMisses(base, options.onError), options.namespace);
}
