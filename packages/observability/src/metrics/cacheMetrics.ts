import { cacheLookups } from './registry';

export type LookupOutcome = 'hit' | 'stale' | 'miss';

/**
 * The kind of a cache key: its first two `:`-separated segments (`catalog:snapshot`,
 * `avail:product`), so ids and stamps never become label values.
 */
export function cacheKind(key: string): string {
  return key.split(':', 2).join(':');
}

export function recordCacheLookup(kind: string, outcome: LookupOutcome, count = 1): void {
  if (count > 0) cacheLookups.inc({ kind, outcome }, count);
}
