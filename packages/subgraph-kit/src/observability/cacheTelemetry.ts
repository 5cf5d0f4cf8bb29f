import { SpanStatusCode } from '@opentelemetry/api';
import type { CacheObserver } from '@stx/cache';
import { cacheKind, recordCacheLookup, tracer } from '@stx/observability';

/** Counts the shared cache's lookups by kind, and puts the work of each miss in a span. */
export const cacheTelemetry: CacheObserver = {
  lookup(key, outcome) {
    recordCacheLookup(cacheKind(key), outcome);
  },
  missed(key, work) {
    return tracer().startActiveSpan(`cache miss ${cacheKind(key)}`, { attributes: { 'cache.kind': cacheKind(key) } }, async (span) => {
      try {
        return await work();
      } catch (err) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
        throw err;
      } finally {
        span.end();
      }
    });
  },
};
