import type { CoordinationStore } from './CoordinationStore';
import { failClosed } from './failClosed';
import { MemoryStore } from './MemoryStore';
import { prefixed } from './prefixed';
import { RedisStore } from './RedisStore';

/** Entries the in-memory coordination store holds before it refuses new keys (never evicts). */
export const COORDINATION_MEMORY_ENTRIES = 200_000;

/**
 * Redis when a URL is configured, memory otherwise (one process: `npm start`, where every app
 * must be given the same instance). Namespaced, and failing closed.
 *
 * The memory store refuses new keys when full rather than evicting: evicting an idempotency
 * claim or a revocation would silently say "yes" to a second order or a logged-out token.
 */
export function createCoordinationStore(options: { redisUrl?: string; namespace: string; maxMemoryEntries?: number }): CoordinationStore {
  const base = options.redisUrl ? new RedisStore(options.redisUrl) : new MemoryStore({ maxEntries: options.maxMemoryEntries ?? COORDINATION_MEMORY_ENTRIES, whenFull: 'refuse' });
  return failClosed(prefixed(base, options.namespace));
}
