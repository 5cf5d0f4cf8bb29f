import type { CacheStore } from './CacheStore';

export interface CachedValue<T> {
  value: T;
  /** when the value was loaded (ms since epoch) */
  storedAt: number;
  /** true when served past its freshness, during revalidation or because loading failed */
  stale: boolean;
}

export interface LoadOptions<T> {
  ttlSeconds: number;
  /** how long past `ttlSeconds` an old value is kept: served at once while a new one loads, or when loading fails */
  staleSeconds?: number;
  load: () => Promise<T>;
  /** how long other instances wait for the one loading before loading themselves (default 10) */
  lockSeconds?: number;
}

export interface CacheOptions {
  store: CacheStore;
  now?: () => number;
  /** told about background revalidations that failed (the caller already got the stale value) */
  logger?: { warn(message: string, fields?: Record<string, unknown>): void };
  /** told about every lookup and given every load after a miss, for metrics and traces */
  observer?: CacheObserver;
}

export interface CacheObserver {
  lookup(key: string, outcome: 'hit' | 'stale' | 'miss'): void;
  /** runs the work of a miss (waiting for another instance, or loading), e.g. inside a span */
  missed<T>(key: string, work: () => Promise<T>): Promise<T>;
}

interface Entry<T> {
  v: T;
  storedAt: number;
  freshUntil: number;
}

const POLL_MS = 25;

/**
 * Read-through cache over a CacheStore: request coalescing (concurrent misses of a key make one
 * load in this process, and one across instances through a short lock), stale-while-revalidate,
 * and stale-if-error. Values are JSON. The in-flight map holds promises of shared data only, keyed
 * like the store, so it is as safe to share between requests as the store itself.
 */
export class Cache {
  private readonly inFlight = new Map<string, Promise<Entry<unknown>>>();

  constructor(private readonly o: CacheOptions) {}

  async getOrLoad<T>(key: string, options: LoadOptions<T>): Promise<CachedValue<T>> {
    const entry = await this.read<T>(key);
    const now = this.now();
    if (entry && entry.freshUntil > now) {
      this.o.observer?.lookup(key, 'hit');
      return served(entry, false);
    }
    if (entry && entry.freshUntil + (options.staleSeconds ?? 0) * 1000 > now) {
      this.o.observer?.lookup(key, 'stale');
      this.coalesced(key, () => this.revalidate(key, options, entry)).catch((err) =>
        this.o.logger?.warn('cache revalidation failed', { key, error: String(err) }),
      );
      return served(entry, true);
    }
    this.o.observer?.lookup(key, 'miss');
    try {
      const miss = () => this.coalesced(key, () => this.loadMissing(key, options, entry));
      const fresh = await (this.o.observer ? this.o.observer.missed(key, miss) : miss());
      return served(fresh, fresh.freshUntil <= this.now());
    } catch (err) {
      if (entry) return served(entry, true); // stale-if-error: the last known value beats none
      throw err;
    }
  }

  async peek<T>(key: string): Promise<CachedValue<T> | undefined> {
    const entry = await this.read<T>(key);
    return entry && served(entry, entry.freshUntil <= this.now());
  }

  async set<T>(key: string, value: T, ttlSeconds: number, staleSeconds = 0): Promise<void> {
    await this.write(key, this.entry(value, ttlSeconds), ttlSeconds + staleSeconds);
  }

  delete(key: string): Promise<void> {
    return this.o.store.delete(key);
  }

  /** one load per key at a time in this process; later callers share its promise */
  private coalesced<T>(key: string, run: () => Promise<Entry<T>>): Promise<Entry<T>> {
    const running = this.inFlight.get(key) as Promise<Entry<T>> | undefined;
    if (running) return running;
    const promise = run().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /** another instance already revalidating is enough: keep serving the stale value meanwhile */
  private async revalidate<T>(key: string, options: LoadOptions<T>, previous: Entry<T>): Promise<Entry<T>> {
    if (!(await this.o.store.setIfAbsent(lockKey(key), '1', options.lockSeconds ?? 10))) return previous;
    return this.loadAndStore(key, options, true);
  }

  /** nothing usable to serve: wait for the instance holding the lock, or load */
  private async loadMissing<T>(key: string, options: LoadOptions<T>, previous: Entry<T> | undefined): Promise<Entry<T>> {
    const lockSeconds = options.lockSeconds ?? 10;
    const locked = await this.o.store.setIfAbsent(lockKey(key), '1', lockSeconds);
    if (!locked) {
      const other = await this.waitForOther<T>(key, previous, lockSeconds * 1000);
      if (other) return other;
    }
    return this.loadAndStore(key, options, locked);
  }

  private async loadAndStore<T>(key: string, options: LoadOptions<T>, holdsLock: boolean): Promise<Entry<T>> {
    try {
      const entry = this.entry(await options.load(), options.ttlSeconds);
      await this.write(key, entry, options.ttlSeconds + (options.staleSeconds ?? 0));
      return entry;
    } finally {
      // only the holder releases: deleting another instance's lock would let a third one load too
      if (holdsLock) await this.o.store.delete(lockKey(key));
    }
  }

  /** polls on wall time by attempts, so a frozen injected clock cannot make it spin forever */
  private async waitForOther<T>(key: string, previous: Entry<T> | undefined, timeoutMs: number): Promise<Entry<T> | undefined> {
    for (let waited = 0; waited < timeoutMs; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const entry = await this.read<T>(key);
      if (entry && (!previous || entry.storedAt > previous.storedAt)) return entry;
    }
    return undefined;
  }

  private entry<T>(value: T, ttlSeconds: number): Entry<T> {
    const now = this.now();
    return { v: value, storedAt: now, freshUntil: now + ttlSeconds * 1000 };
  }

  private async read<T>(key: string): Promise<Entry<T> | undefined> {
    const raw = await this.o.store.get(key);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as Entry<T>;
    } catch {
      return undefined; // a corrupt entry is a miss
    }
  }

  private write<T>(key: string, entry: Entry<T>, ttlSeconds: number): Promise<void> {
    return this.o.store.set(key, JSON.stringify(entry), Math.max(ttlSeconds, 1));
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}

const lockKey = (key: string) => `lock:${key}`;

function served<T>(entry: Entry<T>, stale: boolean): CachedValue<T> {
  return { value: entry.v, storedAt: entry.storedAt, stale };
}
