import { randomUUID } from 'node:crypto';
import type { CacheStore } from './CacheStore';

/** How many processes share a budget: what each one's share is when the shared count is lost. */
export interface InstanceCount {
  current(): number;
  close(): void;
}

/** `INSTANCES` configured: the operator knows, nothing to count. */
export function fixedInstanceCount(count: number): InstanceCount {
  return { current: () => count, close: () => {} };
}

/**
 * Assumed while the store has never answered: a process that started with Redis down cannot know
 * how many others there are, and guessing one would let each take the whole budget.
 */
export const UNKNOWN_INSTANCE_COUNT = 8;

export interface InstanceHeartbeatOptions {
  /** each instance registers once per window of this length */
  windowSeconds?: number;
  now?: () => number;
  onStoreError?: (err: unknown) => void;
}

/**
 * Instances counted in the shared store with the two operations every store has: each instance
 * increments the counter of the current time window once (beating three times a window, so timer
 * drift never skips one), and the count is the larger of the last complete window and the current
 * one. The last count read is kept for when the store is down.
 */
export class InstanceHeartbeat implements InstanceCount {
  private readonly id = randomUUID();
  private registeredWindow?: number;
  private known?: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: CacheStore,
    private readonly options: InstanceHeartbeatOptions = {},
  ) {
    this.timer = setInterval(() => void this.beat(), (this.windowSeconds() * 1000) / 3);
    this.timer.unref();
    void this.beat();
  }

  current(): number {
    return this.known ?? UNKNOWN_INSTANCE_COUNT;
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** registers this instance for the current window and reads the count; never throws */
  async beat(): Promise<void> {
    const window = Math.floor((this.options.now ?? Date.now)() / (this.windowSeconds() * 1000));
    const ttl = this.windowSeconds() * 3;
    const register = this.registeredWindow !== window;
    // marked before the await, so that two overlapping beats register once
    if (register) this.registeredWindow = window;
    try {
      const current = register ? await this.store.incr(key(window), ttl) : Number((await this.store.get(key(window))) ?? 0);
      const previous = Number((await this.store.get(key(window - 1))) ?? 0);
      // this instance registered for the window, so 0 means the store lost or could not read it
      // (a cache store answers misses when down): keep the last count
      if (current > 0) this.known = Math.max(current, previous);
    } catch (err) {
      if (register) this.registeredWindow = undefined;
      this.options.onStoreError?.(err);
    }
  }

  private windowSeconds(): number {
    return this.options.windowSeconds ?? 15;
  }

  /** for logs: which instance this is */
  get instanceId(): string {
    return this.id;
  }
}

const key = (window: number) => `instances:${window}`;
