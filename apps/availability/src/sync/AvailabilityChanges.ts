import { RateBudget, type CacheStore, type CoordinationStore, type InstanceCount } from '@stx/cache';
import { checkBackoff, refusedByOurBudget, type AvailabilityClient, type FailureBackoff } from '@stx/secutix-client';
import { readAvailabilityChanges, recordAvailabilityChanges } from '@stx/secutix-runtime';
import type { Logger } from '@stx/observability';

/** products whose answers some instance caches: `[productId, fetchedAt ms]` pairs */
const TRACKED_KEY = 'avail:tracked';
const REFERENCE_KEY = 'avail:sync-reference';

export interface ChangesOptions {
  store: CacheStore;
  /** where the sync's once-per-period rule is counted: it guards SecuTix's limits, so it fails closed */
  coordination: CoordinationStore;
  client: AvailabilityClient;
  /** one `getUpdatedAvailabilities` per this many seconds, for all instances together */
  syncSeconds: number;
  /** a cached answer is used this long: products fetched longer ago need no watching */
  freshSeconds: number;
  /** how long the sync's own records (the products watched, the last reference date) are kept */
  retainSeconds: number;
  /** processes sharing the sync, for the share each takes while the store is down */
  instances: InstanceCount;
  logger: Logger;
  now?: () => number;
}

/**
 * Which products' availability changed, and when, as reported by `getUpdatedAvailabilities`.
 * The map lives in the shared store; one instance at a time asks SecuTix, at most once per
 * `syncSeconds` for all of them, spaced out while SecuTix fails. Cached answers older than a
 * product's change are refetched.
 *
 * Nothing here depends on the store keeping what it was given: each process remembers which
 * products it fetched and re-registers them on every `syncSeconds`, and the reference date falls
 * back to this process's last one (or `freshSeconds` ago, older than any answer in use), so a Redis
 * restart or eviction costs at most one sync period of freshness.
 */
export class AvailabilityChanges {
  private memo?: { until: number; changes: Map<number, number> };
  /** products this process fetched, and when: the source the shared list is rebuilt from */
  private readonly fetched = new Map<number, number>();
  private registeredAt = Number.NEGATIVE_INFINITY;
  private lastReference?: string;
  private readonly syncs: RateBudget;
  private readonly backoff: FailureBackoff;
  private ticking?: Promise<void>;

  constructor(private readonly o: ChangesOptions) {
    this.syncs = new RateBudget({ store: o.coordination, limit: 1, windowSeconds: o.syncSeconds, name: 'availability-sync', instances: o.instances, now: o.now });
    this.backoff = checkBackoff(o.syncSeconds, o.now);
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }

  /** the change map, re-read from the store at most once a second per process */
  async current(): Promise<Map<number, number>> {
    const now = this.now();
    if (this.memo && this.memo.until > now) return this.memo.changes;
    const changes = await readAvailabilityChanges(this.o.store);
    this.memo = { until: now + 1000, changes };
    return changes;
  }

  /** Remember products whose availability was just fetched: SecuTix wants them listed when asked what changed. */
  async track(productIds: number[]): Promise<void> {
    const now = this.now();
    const fresh = productIds.filter((id) => !this.fetched.has(id));
    for (const id of productIds) this.fetched.set(id, now);
    if (fresh.length > 0) await this.register();
  }

  /** One beat of the background loop: re-register what this process watches, then sync if due. Never throws. */
  tick(): Promise<void> {
    this.ticking ??= (async () => {
      if (this.now() - this.registeredAt >= this.o.syncSeconds * 1000) await this.register();
      await this.sync();
    })()
      .catch((err) => this.o.logger.warn('availability sync failed', { reason: (err as Error).message }))
      .finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  /** asks SecuTix what changed since the last sync, if no instance did within `syncSeconds` */
  async sync(): Promise<void> {
    if (!this.backoff.due() || !(await this.syncs.tryTake())) return;
    const startedAt = this.now();
    const reference = (await this.o.store.get(REFERENCE_KEY)) ?? this.lastReference ?? new Date(startedAt - this.o.freshSeconds * 1000).toISOString();
    const watched = [...(await this.watched()).keys()];
    try {
      if (watched.length > 0) {
        const updates = await this.o.client.getUpdatedAvailabilities(watched, reference);
        if (updates.length > 0) await this.record(updates.map((u) => [u.productId, Date.parse(u.lastUpdate)]));
      }
    } catch (err) {
      // spacing out is for a failing SecuTix; our own budget's refusal (e.g. while Redis was down,
      // each process held to its share) never reached it, and backing off would delay the first
      // sync after Redis comes back by several periods
      if (!refusedByOurBudget(err)) this.backoff.failed();
      throw err;
    }
    this.backoff.succeeded();
    this.lastReference = new Date(startedAt).toISOString();
    await this.o.store.set(REFERENCE_KEY, this.lastReference, this.o.retainSeconds);
  }

  /** the shared list merged with this process's own, without products whose answers are no longer used */
  private async watched(): Promise<Map<number, number>> {
    const horizon = this.now() - this.o.freshSeconds * 1000;
    const raw = await this.o.store.get(TRACKED_KEY);
    const all = new Map<number, number>(raw ? (JSON.parse(raw) as [number, number][]) : []);
    for (const [id, at] of this.fetched) all.set(id, Math.max(at, all.get(id) ?? 0));
    for (const [id, at] of all) if (at < horizon) all.delete(id);
    for (const [id, at] of this.fetched) if (at < horizon) this.fetched.delete(id);
    return all;
  }

  /** read-modify-write: an id a concurrent writer drops comes back with its process's next registration */
  private async register(): Promise<void> {
    this.registeredAt = this.now();
    await this.o.store.set(TRACKED_KEY, JSON.stringify([...(await this.watched())]), this.o.retainSeconds);
  }

  private async record(updates: [number, number][]): Promise<void> {
    const changes = await recordAvailabilityChanges(this.o.store, updates, this.now());
    this.memo = { until: this.now() + 1000, changes };
    this.o.logger.info('availability changes recorded', { products: updates.length });
  }
}
