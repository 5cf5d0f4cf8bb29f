import type { CacheStore } from './CacheStore';

/**
 * The store behind every decision that guards money, identity or SecuTix's limits: idempotency
 * claims, login counters, token revocations, locks, call budgets. Same operations as a
 * CacheStore, opposite failure policy: an operation that cannot know its answer rejects with
 * StoreUnavailableError, never returns a guess (a cache may call a failed read a miss; a
 * coordination store never calls a failed claim "claimed").
 *
 * The `failsClosed` brand keeps a CacheStore (errors as misses) from being passed where this is
 * expected: the two types have the same methods, so without it TypeScript would accept either.
 */
export interface CoordinationStore extends Omit<CacheStore, 'close'> {
  readonly failsClosed: true;
  close(): Promise<void>;
}
