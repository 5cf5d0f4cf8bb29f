import type { CoordinationStore, InstanceCount } from '@stx/cache';

const GATE_KEY = 'catalog:detailed-gate';

export interface ExportGateOptions {
  /** SecuTix allows one `getCatalogDetailed` per 10 minutes; 0 turns the gate off (tests) */
  minRefreshSeconds: number;
  instances: InstanceCount;
  now?: () => number;
}

/**
 * The one rule for starting a catalog export: at most one `getCatalogDetailed` per
 * `minRefreshSeconds`, for all instances together (a key set-if-absent in the store), across
 * retries, restarts of the loader and first loads alike. This process also keeps its own floor,
 * so a stale answer cannot make it call more often; when the coordination store says it cannot know, the process waits `minRefreshSeconds × instances` between its
 * own exports, its share. A 509's Retry-After extends the gate for everyone.
 */
export class CatalogExportGate {
  private localUntil = 0;

  constructor(
    private readonly store: CoordinationStore,
    private readonly options: ExportGateOptions,
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** true when this caller may start an export now; it then holds the gate */
  async tryOpen(): Promise<boolean> {
    const seconds = this.options.minRefreshSeconds;
    if (seconds === 0) return true;
    if (this.now() < this.localUntil) return false;
    let floorSeconds = seconds;
    let opened: boolean;
    try {
      opened = await this.store.setIfAbsent(GATE_KEY, String(this.now()), seconds);
    } catch {
      opened = true;
      floorSeconds = seconds * Math.max(1, this.options.instances.current());
    }
    if (opened) this.localUntil = this.now() + floorSeconds * 1000;
    return opened;
  }

  /** as far as this process knows, seconds until an export may start again (0: it may now) */
  secondsUntilOpen(): number {
    return Math.max(0, Math.ceil((this.localUntil - this.now()) / 1000));
  }

  /** SecuTix refused with a Retry-After: nobody starts an export before it has passed */
  async holdFor(seconds: number): Promise<void> {
    this.localUntil = Math.max(this.localUntil, this.now() + seconds * 1000);
    await this.store.set(GATE_KEY, String(this.now()), seconds).catch(() => {});
  }
}
