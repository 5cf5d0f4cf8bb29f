import { entryOf, isFresh, parseEntry, served, type CachedValue, type Entry } from './CacheEntry';
import type { CacheStore } from './CacheStore';
import { pollUntil } from './pollUntil';
import type { LoadManyOptions, LoadOptions, ManyAnswer } from './ReadThroughOptions';

export interface CacheOptions {
  store: CacheStore;
  now?: () => number;
  /** told about background revalidations that failed (the caller already got the stale value) */
  logger?: { warn(message: string, fields?: Record<string, unknown>): void };
  /** told about every lookup and given the work of every lookup's misses, for metrics and traces */
  observer?: CacheObserver;
}

export interface CacheObserver {
  lookup(key: string, outcome: 'hit' | 'stale' | 'miss'): void;
  /** runs the work of one lookup's misses (waiting for other instances, loading), e.g. inside a span; must start `work` at once */
  missed<T>(keys: readonly string[], work: () => Promise<T>): Promise<T>;
}

/** a key being loaded by this process: `undefined` when the loader had no value for it */
type Slot<T> = Promise<Entry<T> | undefined>;

/** a key whose answer comes from loading */
const MISSING = Symbol('missing');

/**
 * Read-through cache over a CacheStore, in one form for one key (`getOrLoad`) and for a batch
 * (`getOrLoadMany`, whose misses go to the loader in one call), both the same implementation:
 * request coalescing (a key missed by concurrent lookups is loaded once in this process, and once
 * across instances through a per-key lock; the others poll for its value), stale-while-revalidate
 * and stale-if-error. Values are JSON. The in-flight map holds promises of shared data only, keyed
 * like the store, so it is as safe to share between requests as the store itself.
 *
 * The store's failure policy decides what an outage means: over a cache store (errors as misses)
 * every lock is granted and each process loads for itself; over a fail-closed store the lookup
 * rejects with StoreUnavailableError and nothing is loaded.
 */
export class Cache {
  private readonly inFlight = new Map<string, Slot<unknown>>();

  constructor(private readonly o: CacheOptions) {}

  async getOrLoad<T>(key: string, options: LoadOptions<T>): Promise<CachedValue<T>> {
    const { load, ...readThrough } = options;
    const [answer] = await this.getOrLoadMany<T>([key], { ...readThrough, loadMissing: async () => new Map([[key, await load()]]) });
    if (answer instanceof Error) throw answer;
    // only when the key was also being loaded by a getOrLoadMany whose loader had no value for it
    if (answer === undefined) throw new Error(`no value loaded for ${key}`);
    return answer;
  }

  /** the answers in the order of `keys`; see ManyAnswer */
  async getOrLoadMany<T>(keys: readonly string[], options: LoadManyOptions<T>): Promise<ManyAnswer<T>[]> {
    const { answers, held, missing, revalidating } = await this.lookUp(keys, options);
    if (revalidating.length > 0) this.revalidate(revalidating, held, options);
    if (missing.length === 0) return answers as ManyAnswer<T>[];
    const work = async () => {
      const slots = this.slotsFor(missing, held, options);
      await Promise.allSettled(slots.values());
      return slots;
    };
    const slots = await (this.o.observer ? this.o.observer.missed(missing, work) : work());
    return Promise.all(keys.map(async (key, i) => (answers[i] === MISSING ? this.answerFrom(slots.get(key)!, held.get(key), options) : answers[i])));
  }

  /** what the store has: fresh values are answers, stale ones too while revalidated (see whileStale), the rest must load */
  private async lookUp<T>(keys: readonly string[], options: LoadManyOptions<T>) {
    const found = await Promise.all(keys.map((key) => this.read<T>(key)));
    const now = this.now();
    /** the values held for the keys to load or revalidate: served when loading fails */
    const held = new Map<string, Entry<T>>();
    const missing = new Set<string>();
    const revalidating = new Set<string>();
    const answers = keys.map((key, i): ManyAnswer<T> | typeof MISSING => {
      const entry = found[i];
      if (entry && isFresh(entry, now, options.invalidatedAt)) {
        this.o.observer?.lookup(key, 'hit');
        return served(entry, false);
      }
      if (entry) held.set(key, entry);
      if (entry && options.whileStale !== 'fallback' && entry.freshUntil + (options.staleSeconds ?? 0) * 1000 > now) {
        this.o.observer?.lookup(key, 'stale');
        revalidating.add(key);
        return served(entry, true);
      }
      this.o.observer?.lookup(key, 'miss');
      missing.add(key);
      return MISSING;
    });
    return { answers, held, missing: [...missing], revalidating: [...revalidating] };
  }

  private async answerFrom<T>(slot: Slot<T>, previous: Entry<T> | undefined, options: LoadManyOptions<T>): Promise<ManyAnswer<T>> {
    try {
      const entry = await slot;
      return entry && served(entry, !isFresh(entry, this.now(), options.invalidatedAt));
    } catch (err) {
      // stale-if-error: the last known value beats none
      return previous ? served(previous, true) : err instanceof Error ? err : new Error(String(err));
    }
  }

  async peek<T>(key: string): Promise<CachedValue<T> | undefined> {
    const entry = await this.read<T>(key);
    return entry && served(entry, entry.freshUntil <= this.now());
  }

  async set<T>(key: string, value: T, ttlSeconds: number, staleSeconds = 0): Promise<void> {
    await this.write(key, entryOf(value, ttlSeconds, this.now()), ttlSeconds + staleSeconds);
  }

  delete(key: string): Promise<void> {
    return this.o.store.delete(key);
  }

  /** one load per key at a time in this process: keys already loading share that load, the others load together */
  private slotsFor<T>(keys: string[], held: Map<string, Entry<T>>, options: LoadManyOptions<T>): Map<string, Slot<T>> {
    const slots = new Map<string, Slot<T>>();
    const mine = keys.filter((key) => {
      const running = this.inFlight.get(key) as Slot<T> | undefined;
      if (running) slots.set(key, running);
      return !running;
    });
    if (mine.length === 0) return slots;
    const loading = this.lockOrWait(mine, held, options);
    for (const key of mine) {
      const slot = loading.then((perKey) => perKey.get(key)!);
      slots.set(key, slot);
      this.track(key, slot);
    }
    return slots;
  }

  /** nothing usable to serve: load the keys whose lock this process gets, wait for the instances holding the others */
  private async lockOrWait<T>(keys: string[], held: Map<string, Entry<T>>, options: LoadManyOptions<T>): Promise<Map<string, Slot<T>>> {
    const lockSeconds = options.lockSeconds ?? 10;
    const locked = await this.lock(keys, lockSeconds);
    const mine = keys.filter((_, i) => locked[i]);
    const others = keys.filter((_, i) => !locked[i]);
    const loaded = mine.length > 0 ? this.loadAndStore(mine, options, true) : undefined;
    const waited =
      others.length > 0
        ? this.waitForOthers(others, held, lockSeconds * 1000).then(async (theirs) => {
            // a holder that never wrote (it failed, or its loader had no value): load those ourselves
            const left = others.filter((key) => !theirs.has(key));
            return left.length > 0 ? new Map([...theirs, ...(await this.loadAndStore(left, options, false))]) : theirs;
          })
        : undefined;
    return new Map(keys.map((key, i) => [key, (locked[i] ? loaded! : waited!).then((entries) => entries.get(key))]));
  }

  /** another instance already revalidating a key is enough: keep serving its stale value meanwhile */
  private revalidate<T>(keys: string[], held: Map<string, Entry<T>>, options: LoadManyOptions<T>): void {
    const mine = keys.filter((key) => !this.inFlight.has(key));
    if (mine.length === 0) return;
    const work = (async () => {
      const locked = await this.lock(mine, options.lockSeconds ?? 10);
      const lockedKeys = mine.filter((_, i) => locked[i]);
      return lockedKeys.length > 0 ? this.loadAndStore(lockedKeys, options, true) : new Map<string, Entry<T>>();
    })();
    for (const key of mine) this.track(key, work.then((entries) => entries.get(key) ?? held.get(key)));
    work.catch((err) => this.o.logger?.warn('cache revalidation failed', { key: mine[0], ...(mine.length > 1 && { keys: mine.length }), error: String(err) }));
  }

  private lock(keys: string[], lockSeconds: number): Promise<boolean[]> {
    return Promise.all(keys.map((key) => this.o.store.setIfAbsent(lockKey(key), '1', lockSeconds)));
  }

  private track<T>(key: string, slot: Slot<T>): void {
    this.inFlight.set(key, slot);
    // whoever awaits the slot handles its failure; this chain only forgets it
    slot.finally(() => this.inFlight.get(key) === slot && this.inFlight.delete(key)).catch(() => {});
  }

  /** entries are stamped with the time the load started: a change reported while it ran makes the value stale */
  private async loadAndStore<T>(keys: string[], options: LoadManyOptions<T>, holdsLock: boolean): Promise<Map<string, Entry<T>>> {
    const startedAt = this.now();
    try {
      const values = await options.loadMissing(keys);
      const entries = new Map(keys.filter((key) => values.has(key)).map((key) => [key, entryOf(values.get(key) as T, options.ttlSeconds, startedAt)]));
      await Promise.all([...entries].map(([key, entry]) => this.write(key, entry, options.ttlSeconds + (options.staleSeconds ?? 0))));
      return entries;
    } finally {
      // only the holder releases: deleting another instance's lock would let a third one load too
      if (holdsLock) await Promise.all(keys.map((key) => this.o.store.delete(lockKey(key))));
    }
  }

  /** the values other instances store for `keys`, newer than those this lookup saw, as far as they came within `timeoutMs` */
  private async waitForOthers<T>(keys: string[], held: Map<string, Entry<T>>, timeoutMs: number): Promise<Map<string, Entry<T>>> {
    const theirs = new Map<string, Entry<T>>();
    await pollUntil(async () => {
      const pending = keys.filter((key) => !theirs.has(key));
      const entries = await Promise.all(pending.map((key) => this.read<T>(key)));
      pending.forEach((key, i) => {
        const entry = entries[i];
        const previous = held.get(key);
        if (entry && (!previous || entry.storedAt > previous.storedAt)) theirs.set(key, entry);
      });
      return theirs.size === keys.length ? true : undefined;
    }, timeoutMs);
    return theirs;
  }

  private async read<T>(key: string): Promise<Entry<T> | undefined> {
    const raw = await this.o.store.get(key);
    return raw === undefined ? undefined : parseEntry<T>(raw);
  }

  private write<T>(key: string, entry: Entry<T>, ttlSeconds: number): Promise<void> {
    return this.o.store.set(key, JSON.stringify(entry), Math.max(ttlSeconds, 1));
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}

const lockKey = (key: string) => `lock:${key}`;
