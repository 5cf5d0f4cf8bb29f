/**
 * The whole storage contract: string values with TTLs in seconds, plus the two atomic operations
 * that cross-instance coordination needs (a counter for budgets, set-if-absent for locks).
 */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** atomic increment; the TTL is set when the counter is created */
  incr(key: string, ttlSeconds: number): Promise<number>;
  /** true when this caller set the key (it was absent) */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  close(): Promise<void>;
}
