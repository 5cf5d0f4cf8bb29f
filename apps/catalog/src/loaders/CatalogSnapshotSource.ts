import { RateBudget, pollUntil } from '@stx/cache';
import { CatalogClient, SecutixError, budgetExhausted, checkBackoff, refusedByOurBudget, type CatalogData, type FailureBackoff } from '@stx/secutix-client';
import { catalogSnapshotAwaited, catalogSnapshotConfirmed, outsideRequest, type Logger } from '@stx/observability';
import { loadPosConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import { CatalogIndex } from '../mappers/CatalogIndex';
import { CatalogExportGate } from './CatalogExportGate';

export interface SnapshotOptions {
  /** how often the cheap `getLastSetupUpdate` is asked, for all instances together */
  checkSeconds: number;
  /** SecuTix allows one `getCatalogDetailed` per 10 minutes; we never ask more often */
  minRefreshSeconds: number;
  now?: () => number;
}

const STAMP_KEY = 'catalog:setup-stamp';
const LATEST_KEY = 'catalog:latest-stamp';
/** the requestId of an export SecuTix answered `in_progress` for and we have not collected yet */
const PENDING_KEY = 'catalog:pending-export';
const snapshotKey = (stamp: string) => `catalog:snapshot:${stamp}`;
/** how long a process without any stamp waits for the instance holding this period's check */
const STAMP_WAIT_MS = 5000;
const CHECK = { service: 'CatalogService', operation: 'getLastSetupUpdate' };
const EXPORT = { service: 'CatalogService', operation: 'getCatalogDetailed' };

/**
 * The catalog as a snapshot in the shared cache, keyed by SecuTix's last-setup-update stamp.
 * `getCatalogDetailed` is called only when no snapshot exists for the current stamp, by one
 * instance (the cache coalesces), and never twice within `minRefreshSeconds` (CatalogExportGate);
 * an export SecuTix still runs is collected with its requestId, never started again. Meanwhile,
 * and whenever SecuTix fails, the previous snapshot keeps being served. The stamp is checked at
 * most once per `checkSeconds` for all instances together, less often while SecuTix fails. Each
 * process keeps the indexed form of the current snapshot, so a query costs a map lookup.
 */
export class CatalogSnapshotSource {
  private memo?: { stamp: string; index: Promise<CatalogIndex> };
  private stampMemo?: { value: string; until: number; checkedAt: number };
  private warnedAt = -Infinity;
  private readonly gate: CatalogExportGate;
  private readonly checks: RateBudget;
  private readonly backoff: FailureBackoff;

  constructor(
    private readonly runtime: SecutixRuntime,
    private readonly options: SnapshotOptions,
    private readonly logger: Logger,
  ) {
    const { now } = options;
    this.gate = new CatalogExportGate(runtime.coordination, { minRefreshSeconds: options.minRefreshSeconds, instances: runtime.instances, now });
    this.checks = new RateBudget({ store: runtime.coordination, limit: 1, windowSeconds: options.checkSeconds, name: 'catalog-setup-check', instances: runtime.instances, now });
    this.backoff = checkBackoff(options.checkSeconds, now);
    catalogSnapshotAwaited((now ?? Date.now)());
  }

  /**
   * The snapshot to serve. The checks and exports behind it are every caller's, not the asking
   * request's: they run outside its context (no caller's share of SecuTix's calls can stop them).
   */
  current(): Promise<CatalogIndex> {
    return outsideRequest(() => this.currentSnapshot());
  }

  private async currentSnapshot(): Promise<CatalogIndex> {
    const stamp = await this.stamp();
    if (this.memo?.stamp === stamp) return this.memo.index.then((served) => this.confirmed(served));
    const index = this.load(stamp);
    const previous = this.memo;
    this.memo = { stamp, index };
    try {
      return this.confirmed(await index);
    } catch (err) {
      // keep what we had: a failed refresh must not take the catalog away
      this.memo = previous;
      if (previous) return previous.index;
      throw err;
    }
  }

  /** the snapshot served is the one of SecuTix's latest stamp: its age (for metrics) restarts at that check */
  private confirmed(served: CatalogIndex): CatalogIndex {
    if (this.stampMemo && this.memo?.stamp === this.stampMemo.value) catalogSnapshotConfirmed(this.stampMemo.checkedAt);
    return served;
  }

  /** the stamp is shared through the cache and re-read by this process at most once a second */
  private async stamp(): Promise<string> {
    const now = this.now();
    if (this.stampMemo && this.stampMemo.until > now) return this.stampMemo.value;
    const known = await this.runtime.cache.peek<string>(STAMP_KEY);
    let value = known?.value;
    // when SecuTix last confirmed the stamp: a stale one confirms nothing newer than when it was stored
    let checkedAt = known?.storedAt ?? this.stampMemo?.checkedAt ?? 0;
    let failure: unknown;
    if (!known || known.stale) {
      const checked: { value?: string; error?: unknown } = await this.checkStamp();
      if (checked.value !== undefined) checkedAt = now;
      // the stamp this process last served when the shared one is lost (Redis down or restarted):
      // a store outage must not take the catalog away, nor make each read wait for another instance
      value = checked.value ?? value ?? this.stampMemo?.value;
      failure = checked.error;
      if (value === undefined && failure === undefined) value = await this.stampFromOtherInstance();
    }
    if (value === undefined) throw failure ?? budgetExhausted(CHECK, 'catalog stamp not known yet; another check is due soon');
    this.stampMemo = { value, until: now + Math.min(1000, this.options.checkSeconds * 1000), checkedAt };
    return value;
  }

  /** No stamp yet and another instance holds this period's check: wait for its answer a moment. */
  private stampFromOtherInstance(): Promise<string | undefined> {
    return pollUntil(async () => (await this.runtime.cache.peek<string>(STAMP_KEY))?.value, STAMP_WAIT_MS);
  }

  /** one `getLastSetupUpdate` per `checkSeconds`, all instances together, spaced out while it fails */
  private async checkStamp(): Promise<{ value: string } | { error?: unknown }> {
    if (!this.backoff.due() || !(await this.checks.tryTake())) return {};
    try {
      const value = await new CatalogClient(this.runtime.caller).getLastSetupUpdate();
      await this.runtime.cache.set(STAMP_KEY, value, this.options.checkSeconds, 7 * 24 * 3600);
      this.backoff.succeeded();
      return { value };
    } catch (error) {
      // our own budget's refusal says nothing of SecuTix: no reason to space the next check out
      if (!refusedByOurBudget(error)) this.backoff.failed();
      return { error };
    }
  }

  private async load(stamp: string): Promise<CatalogIndex> {
    const pos = await loadPosConfig(this.runtime);
    const entry = await this.runtime.cache
      .getOrLoad<CatalogData>(snapshotKey(stamp), { ttlSeconds: 30 * 24 * 3600, load: () => this.fetchCatalog(stamp) })
      .catch(async (err: unknown) => {
        const older = await this.previousSnapshot(stamp);
        if (!older) {
          this.warnNothingToServe(err);
          throw err;
        }
        this.logger.warn('catalog refresh failed; serving the previous snapshot', { stamp: older.stamp, reason: (err as Error).message });
        return { value: older.catalog };
      });
    return new CatalogIndex(entry.value, pos, stamp);
  }

  private async fetchCatalog(stamp: string): Promise<CatalogData> {
    const store = this.runtime.store;
    const pending = await store.get(PENDING_KEY);
    if (pending === undefined && !(await this.gate.tryOpen())) {
      throw budgetExhausted(EXPORT, 'catalog exported less than the minimum interval ago');
    }
    let catalog: CatalogData;
    try {
      catalog = await new CatalogClient(this.runtime.caller).getCatalogDetailed(pending === undefined ? undefined : Number(pending));
    } catch (err) {
      await this.afterExportFailure(err, pending);
      throw err;
    }
    if (pending !== undefined) await store.delete(PENDING_KEY);
    await store.set(LATEST_KEY, stamp, 30 * 24 * 3600);
    this.logger.info('catalog snapshot loaded', { stamp, seasons: catalog.seasons?.length ?? 0 });
    return catalog;
  }

  /** an export still running is collected later with its requestId; a 509 closes the gate for its Retry-After */
  private async afterExportFailure(err: unknown, pending: string | undefined): Promise<void> {
    const requestId = err instanceof SecutixError ? err.options.requestId : undefined;
    if (requestId !== undefined) await this.runtime.store.set(PENDING_KEY, String(requestId), this.options.minRefreshSeconds || 600);
    else if (pending !== undefined) await this.runtime.store.delete(PENDING_KEY);
    if (err instanceof SecutixError && err.kind === 'RATE_LIMITED') await this.gate.holdFor(err.options.retryAfterSeconds ?? this.options.minRefreshSeconds);
  }

  /**
   * No snapshot yet, so `/ready` stays 503: the log says why and when the next export may start
   * (after a 509 that can be ten minutes), once a minute rather than at every probe.
   */
  private warnNothingToServe(err: unknown): void {
    if (this.now() - this.warnedAt < 60_000) return;
    this.warnedAt = this.now();
    this.logger.warn('catalog not loaded yet: nothing to serve until an export succeeds', { reason: (err as Error).message, nextExportInSeconds: this.gate.secondsUntilOpen() });
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async previousSnapshot(current: string): Promise<{ stamp: string; catalog: CatalogData } | undefined> {
    const stamp = await this.runtime.store.get(LATEST_KEY);
    if (!stamp || stamp === current) return undefined;
    const older = await this.runtime.cache.peek<CatalogData>(snapshotKey(stamp));
    return older && { stamp, catalog: older.value };
  }
}
