import type { CacheStore } from '@stx/cache';

/**
 * A store that keeps nothing, for `CACHING=off` (the benchmark's naive baseline): every read
 * misses, so every answer comes from SecuTix and nothing old is served when SecuTix refuses.
 */
export const passThroughStore: CacheStore = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => {},
  incr: async () => 1,
  setIfAbsent: async () => true,
  close: async () => {},
};
