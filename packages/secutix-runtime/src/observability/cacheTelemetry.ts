import type { CacheObserver } from '@stx/cache';
import { cacheKind, inSpan, recordCacheLookup } from '@stx/observability';

/** Counts the shared cache's lookups by kind, and puts the work of each miss in a span. */
export const cacheTelemetry: CacheObserver = {
  lookup(key, outcome) {
    recordCacheLookup(cacheKind(key), outcome);
  },
  missed(key, work) {
    return inSpan(`cache miss ${cacheKind(key)}`, { 'cache.kind': cacheKind(key) }, work);
  },
};
