import { CatalogClient, SecutixError, type CatalogData } from '@stx/secutix-client';
import { catalogSnapshotConfirmed } from '@stx/observability';
import { loadPosConfig, type Logger, type SecutixRuntime } from '@stx/subgraph-kit';
import { CatalogIndex } from '../mappers/CatalogIndex';

export interface SnapshotOptions {
  /** how often the cheap `getLastSetupUpdate` is asked, for all instances together */
  checkSeconds: number;
  /** SecuTix allows one `getCatalogDetailed` per 10 minutes; we never ask more often */
  minRefreshSeconds: number;
  now?: () => number;
}

const STAMP_KEY = 'catalog:setup-stamp';
const LATEST_KEY = 'catalog:latest-stamp';
const GATE_KEY = 'catalog:detailed-gate';
const snapshotKey = (stamp: string) => `catalog:snapshot:${stamp}`;

/**
 * The catalog as a snapshot in the shared cache, keyed by SecuTix's last-setup-update stamp.
 * `getCatalogDetailed` is called only when no snapshot exists for the current stamp, by one
 * instance (the cache coalesces), and never twice within `minRefreshSeconds`; meanwhile, and
 * whenever SecuTix fails, the previous snapshot keeps being served. Each process keeps the
 * indexed form of the current snapshot, so a query costs a map lookup, not a parse.
 */
export class CatalogSnapshotSource {
  private memo?: { stamp: string; index: Promise<CatalogIndex> };
  private stampMemo?: { value: string; until: number; checkedAt: number };

  constructor(
    private readonly runtime: SecutixRuntime,
    private readonly options: SnapshotOptions,
    private readonly logger: Logger,
  ) {}

  async current(): Promise<CatalogIndex> {
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
    const now = (this.options.now ?? Date.now)();
    if (this.stampMemo && this.stampMemo.until > now) return this.stampMemo.value;
    const entry = await this.runtime.cache.getOrLoad<string>(STAMP_KEY, {
      ttlSeconds: this.options.checkSeconds,
      staleSeconds: 7 * 24 * 3600,
      load: () => new CatalogClient(this.runtime.caller).getLastSetupUpdate(),
    });
    // a stale stamp (SecuTix not asked, or failing) confirms nothing newer than when it was loaded
    this.stampMemo = { value: entry.value, until: now + Math.min(1000, this.options.checkSeconds * 1000), checkedAt: entry.storedAt };
    return entry.value;
  }

  private async load(stamp: string): Promise<CatalogIndex> {
    const pos = await loadPosConfig(this.runtime);
    const entry = await this.runtime.cache
      .getOrLoad<CatalogData>(snapshotKey(stamp), { ttlSeconds: 30 * 24 * 3600, load: () => this.fetchCatalog(stamp) })
      .catch(async (err: unknown) => {
        const older = await this.previousSnapshot(stamp);
        if (!older) throw err;
        this.logger.warn('catalog refresh failed; serving the previous snapshot', { stamp: older.stamp, reason: (err as Error).message });
        return { value: older.catalog };
      });
    return new CatalogIndex(entry.value, pos, stamp);
  }

  private async fetchCatalog(stamp: string): Promise<CatalogData> {
    const store = this.runtime.store;
    const hadOne = (await store.get(LATEST_KEY)) !== undefined;
    if (hadOne && !(await store.setIfAbsent(GATE_KEY, stamp, this.options.minRefreshSeconds))) {
      throw new SecutixError('BUDGET_EXHAUSTED', 'CatalogService', 'getCatalogDetailed', 'catalog refreshed less than the minimum interval ago');
    }
    if (!hadOne) await store.set(GATE_KEY, stamp, this.options.minRefreshSeconds);
    const catalog = await new CatalogClient(this.runtime.caller).getCatalogDetailed();
    await store.set(LATEST_KEY, stamp, 30 * 24 * 3600);
    this.logger.info('catalog snapshot loaded', { stamp, seasons: catalog.seasons?.length ?? 0 });
    return catalog;
  }

  private async previousSnapshot(current: string): Promise<{ stamp: string; catalog: CatalogData } | undefined> {
    const stamp = await this.runtime.store.get(LATEST_KEY);
    if (!stamp || stamp === current) return undefined;
    const older = await this.runtime.cache.peek<CatalogData>(snapshotKey(stamp));
    return older && { stamp, catalog: older.value };
  }
}
