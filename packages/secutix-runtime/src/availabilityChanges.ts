import type { CacheStore } from '@stx/cache';

/**
 * The shared record of which products' availability changed and when (product id → ms), read by
 * the availability subgraph to refetch answers older than a change. This module is its one
 * writer, with one retention; what it is told comes from the availability sync (SecuTix's
 * getUpdatedAvailabilities) and from the sales subgraph when the caller's own order holds or
 * releases seats, so that the buyer sees the change at once.
 */
const AVAILABILITY_CHANGES_KEY = 'avail:changes';

/**
 * How long a change is remembered. A change matters only while an answer older than it would
 * otherwise still be used as fresh, so this must outlast `AVAILABILITY_FRESH_SECONDS`, which the
 * availability subgraph's configuration holds below it.
 */
export const AVAILABILITY_CHANGES_RETAIN_SECONDS = 2 * 24 * 3600;

export async function readAvailabilityChanges(store: CacheStore): Promise<Map<number, number>> {
  const raw = await store.get(AVAILABILITY_CHANGES_KEY);
  return new Map<number, number>(raw ? (JSON.parse(raw) as [number, number][]) : []);
}

/** read-modify-write: a concurrent writer may drop an entry, which then waits for the next sync */
export async function recordAvailabilityChanges(store: CacheStore, updates: readonly (readonly [number, number])[], nowMs: number): Promise<Map<number, number>> {
  const changes = await readAvailabilityChanges(store);
  for (const [productId, at] of updates) changes.set(productId, Math.max(at, changes.get(productId) ?? 0));
  const horizon = nowMs - AVAILABILITY_CHANGES_RETAIN_SECONDS * 1000;
  for (const [productId, at] of changes) if (at < horizon) changes.delete(productId);
  await store.set(AVAILABILITY_CHANGES_KEY, JSON.stringify([...changes]), AVAILABILITY_CHANGES_RETAIN_SECONDS);
  return changes;
}
