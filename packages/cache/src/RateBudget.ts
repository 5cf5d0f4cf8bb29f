import type { CacheStore } from './CacheStore';
import { MemoryStore } from './MemoryStore';

export interface RateBudgetOptions {
  store: CacheStore;
  limit: number;
  windowSeconds: number;
  name: string;
  now?: () => number;
  /** called when the shared store cannot count and this process counts alone */
  onStoreError?: (err: unknown) => void;
}

/**
 * A fixed-window call budget counted in the shared store, so that every instance together stays
 * under the limit. Fixed windows can let up to twice the limit through around a boundary; the
 * limits we configure leave that headroom below SecuTix's own.
 *
 * When the shared store fails, each process counts its own calls against the same limit: bounded
 * (at most one limit per instance) rather than unlimited, and requests keep flowing.
 */
export class RateBudget {
  private readonly local: MemoryStore;

  constructor(private readonly o: RateBudgetOptions) {
    this.local = new MemoryStore({ now: o.now, maxEntries: 16 });
  }

  /** takes one call from this window's budget; false when it is spent */
  async tryTake(): Promise<boolean> {
    const key = this.key();
    const ttl = this.o.windowSeconds * 2; // outlives the window even if instances' clocks differ
    let count: number;
    try {
      count = await this.o.store.incr(key, ttl);
    } catch (err) {
      this.o.onStoreError?.(err);
      count = await this.local.incr(key, ttl);
    }
    return count <= this.o.limit;
  }

  /** calls left in this window, as the shared store sees it (the full limit if it cannot be read) */
  async remaining(): Promise<number> {
    try {
      const used = Number((await this.o.store.get(this.key())) ?? 0);
      return Math.max(0, this.o.limit - used);
    } catch {
      return this.o.limit;
    }
  }

  private key(): string {
    const windowMs = this.o.windowSeconds * 1000;
    return `budget:${this.o.name}:${Math.floor((this.o.now ?? Date.now)() / windowMs)}`;
  }
}
