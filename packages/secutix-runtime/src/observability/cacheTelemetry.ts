import type { CacheObserver } from '@stx/cache';
import { cacheKind, inSpan, recordCacheLookup } from '@stx/observability';

/** Counts the shared cache's lookups by kind, and puts the work of each lookup's misses in a span. */
export const cacheTelemetry: CacheObserver = {
  lookup(key, outcome) {
    recordCacheLookup(cacheKind(key), outcome);
  },
  missed(keys, work) {
    // the keys of one lookup are of one kind (one loader)
    const kind = cacheKind(keys[0]);
    return inSpan(`cache miss ${kind}`, { 'cache.kind': kind, 'cache.misses': keys.length }, work);
  },
};
