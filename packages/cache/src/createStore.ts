import type { CacheStore } from './CacheStore';
import { errorsAsMisses } from './errorsAsMisses';
import { MemoryStore } from './MemoryStore';
import { prefixed } from './prefixed';
import { RedisStore } from './RedisStore';
import { withLocalCopies } from './withLocalCopies';

/**
 * Redis when a URL is configured, memory otherwise; always namespaced and failure-tolerant. Over
 * Redis, each process keeps bounded copies of what it wrote or read, answered while Redis fails,
 * so an outage does not send every read to SecuTix at once.
 */
export function createStore(options: { redisUrl?: string; namespace: string; onError?: (operation: string, err: unknown) => void }): CacheStore {
  const base = options.redisUrl ? withLocalCopies(new RedisStore(options.redisUrl)) : new MemoryStore();
  return prefixed(errorsAsMisses(base, options.onError), options.namespace);
}
