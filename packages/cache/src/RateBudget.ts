import type { CoordinationStore } from './CoordinationStore';
import { fixedInstanceCount, type InstanceCount } from './InstanceCount';
import { MemoryStore } from './MemoryStore';

export interface RateBudgetOptions {
  /** where every instance counts together; a store error means "cannot know" */
  store: CoordinationStore;
  limit: number;
  windowSeconds: number;
  name: string;
  /** how many processes share `limit`; each one's share when the store is down (default: 1) */
  instances?: InstanceCount;
  now?: () => number;
  /** called when the shared store cannot count and this process counts its share alone */
  onStoreError?: (err: unknown) => void;
  /** subjects counted apart in this process while the store is down (`tryTake(subject)`; default 16) */
  maxLocalSubjects?: number;
}

/**
 * A fixed-window call budget counted in the shared store, so that every instance together stays
 * under the limit. Fixed windows can let up to twice the limit through around a boundary; the
 * limits we configure leave that headroom below SecuTix's own.
 *
 * Failure rule: when the store cannot count, this process takes only its share, `limit / instances`
 * (the last known instance count), so that all instances together still stay under the limit.
 * A share under one call a window becomes one call every few windows.
 */
export class RateBudget {
  private readonly local: MemoryStore;
  private readonly instances: InstanceCount;

  constructor(private readonly options: RateBudgetOptions) {
    this.local = new MemoryStore({ now: options.now, maxEntries: options.maxLocalSubjects ?? 16 });
    this.instances = options.instances ?? fixedInstanceCount(1);
  }

  /**
   * Takes one call from this window's budget; false when it is spent. With a `subject` (a caller),
   * the budget is that subject's own, `limit` a window for each.
   */
  async tryTake(subject?: string): Promise<boolean> {
    const windowMs = this.options.windowSeconds * 1000;
    const key = `budget:${this.options.name}:${subject === undefined ? '' : `${subject}:`}${Math.floor(this.now() / windowMs)}`;
    try {
      // the TTL outlives the window even if instances' clocks differ
      return (await this.options.store.incr(key, this.options.windowSeconds * 2)) <= this.options.limit;
    } catch (err) {
      this.options.onStoreError?.(err);
      return this.takeLocalShare(subject);
    }
  }

  /** seconds until this window ends and a spent budget is whole again */
  secondsToNextWindow(): number {
    const windowMs = this.options.windowSeconds * 1000;
    return Math.max(1, Math.ceil((windowMs - (this.now() % windowMs)) / 1000));
  }

  /** calls left in this window, as the shared store sees it (the full limit if it cannot be read) */
  async remaining(): Promise<number> {
    const key = `budget:${this.options.name}:${Math.floor(this.now() / (this.options.windowSeconds * 1000))}`;
    try {
      return Math.max(0, this.options.limit - Number((await this.options.store.get(key)) ?? 0));
    } catch {
      return this.options.limit;
    }
  }

  /** this process's share, counted in its own memory, over windows long enough to hold a whole call */
  private async takeLocalShare(subject = ''): Promise<boolean> {
    const instances = Math.max(1, this.instances.current());
    const windows = Math.max(1, Math.ceil(instances / this.options.limit));
    const share = Math.floor((this.options.limit * windows) / instances);
    const windowMs = this.options.windowSeconds * windows * 1000;
    const key = `share:${subject}:${Math.floor(this.now() / windowMs)}`;
    return (await this.local.incr(key, this.options.windowSeconds * windows * 2)) <= share;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
