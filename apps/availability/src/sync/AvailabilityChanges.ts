import type { CacheStore } from '@stx/cache';
import type { AvailabilityClient } from '@stx/secutix-client';
import { readAvailabilityChanges, recordAvailabilityChanges, type Logger } from '@stx/subgraph-kit';
const TRACKED_KEY = 'avail:tracked';
const REFERENCE_KEY = 'avail:sync-reference';
const LOCK_KEY = 'avail:sync-lock';

export interface ChangesOptions {
  store: CacheStore;
  client: AvailabilityClient;
  /** one `getUpdatedAvailabilities` per this many seconds, for all instances together */
  syncSeconds: number;
  /** changes older than this are forgotten: every entry is refreshed by then anyway */
  retainSeconds: number;
  logger: Logger;
  now?: () => number;
}

/**
 * Which products' availability changed, and when, as reported by `getUpdatedAvailabilities`.
 * The map lives in the shared store; one instance at a time asks SecuTix, at most once per
 * `syncSeconds`, whatever the traffic. Cached answers older than a product's change are refetched.
 */
export class AvailabilityChanges {
  private memo?: { until: number; changes: Map<number, number> };
  private tracked = new Set<number>();
  private syncing?: Promise<void>;

  constructor(private readonly o: ChangesOptions) {}

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

  /** Remember product ids whose availability is cached: SecuTix wants them listed when asked what changed. */
  async track(productIds: number[]): Promise<void> {
    const fresh = productIds.filter((id) => !this.tracked.has(id));
    if (fresh.length === 0) return;
    // read-modify-write: two instances adding at once may lose an id until the next add; the
    // entry then lives until its TTL (freshSeconds), never longer.
    const raw = await this.o.store.get(TRACKED_KEY);
    const all = new Set<number>(raw ? (JSON.parse(raw) as number[]) : []);
    for (const id of fresh) all.add(id);
    this.tracked = all;
    await this.o.store.set(TRACKED_KEY, JSON.stringify([...all]), this.o.retainSeconds);
  }

  /** Starts a sync if none ran in the last `syncSeconds`; never makes a request wait for it. */
  maybeSync(): void {
    if (this.syncing) return;
    this.syncing = this.sync()
      .catch((err) => this.o.logger.warn('availability sync failed', { reason: (err as Error).message }))
      .finally(() => (this.syncing = undefined));
  }

  async sync(): Promise<void> {
    if (!(await this.o.store.setIfAbsent(LOCK_KEY, '1', this.o.syncSeconds))) return;
    const startedAt = this.now();
    const reference = await this.o.store.get(REFERENCE_KEY);
    const raw = await this.o.store.get(TRACKED_KEY);
    const tracked = raw ? (JSON.parse(raw) as number[]) : [];
    if (reference && tracked.length > 0) {
      const updates = await this.o.client.getUpdatedAvailabilities(tracked, reference);
      if (updates.length > 0) await this.record(updates.map((u) => [u.productId, Date.parse(u.lastUpdate)]));
    }
    await this.o.store.set(REFERENCE_KEY, new Date(startedAt).toISOString(), this.o.retainSeconds);
  }

  private async record(updates: [number, number][]): Promise<void> {
    const changes = await recordAvailabilityChanges(this.o.store, updates, this.o.retainSeconds, this.now());
    this.memo = { until: this.now() + 1000, changes };
    this.o.logger.info('availability changes recorded', { products: updates.length });
  }
}
