import type { CacheStore } from './CacheStore';
import { StoreUnavailableError } from './StoreUnavailableError';

export interface MemoryStoreOptions {
  now?: () => number;
  maxEntries?: number;
  /**
   * past `maxEntries`: `evict` the least recently used entries (a cache), or `refuse` new keys
   * with StoreUnavailableError once expired ones are swept (a coordination store, where a
   * forgotten claim or revocation would be a wrong "yes")
   */
  whenFull?: 'evict' | 'refuse';
}

/**
 * The store of a single process: what `npm start` uses without Redis. Expiry is lazy (checked on
 * read), so nothing runs in the background; past `maxEntries` the least recently read or written
 * entries go first (or new keys are refused, see `whenFull`), which bounds memory however many
 * keys callers invent.
 */
export class MemoryStore implements CacheStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly options: MemoryStoreOptions = {}) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private live(key: string): { value: string; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async get(key: string): Promise<string | undefined> {
    const entry = this.live(key);
    if (!entry) return undefined;
    // a Map iterates in insertion order: re-inserting marks the entry as recently used
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.makeRoomFor(key);
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
    this.evict();
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async incr(key: string, ttlSeconds: number): Promise<number> {
    const entry = this.live(key);
    if (!entry) this.makeRoomFor(key);
    const next = (entry ? Number(entry.value) : 0) + 1;
    this.entries.set(key, { value: String(next), expiresAt: entry?.expiresAt ?? this.now() + ttlSeconds * 1000 });
    this.evict();
    return next;
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlSeconds);
    return true;
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  /** `refuse` mode: a new key needs a free slot; expired entries are swept (O(n), only when full) */
  private makeRoomFor(key: string): void {
    if (this.options.whenFull !== 'refuse' || this.entries.has(key) || this.entries.size < this.max()) return;
    const now = this.now();
    for (const [k, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(k);
    if (this.entries.size >= this.max()) throw new StoreUnavailableError('store a new key (the in-memory store is full)');
  }

  private max(): number {
    return this.options.maxEntries ?? 100_000;
  }

  private evict(): void {
    const max = this.max();
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
