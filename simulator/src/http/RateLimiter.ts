import type { RateLimitOptions } from '../config/SimulatorOptions';

const WINDOW_MS = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterS: number; status: number };

/**
 * SecuTix's limits (docs/secutix/platform-facts.md#rate-limits): N calls in any sliding minute across all services, and
 * getCatalogDetailed once per interval. Only accepted calls fill the window.
 */
export class RateLimiter {
  private window: number[] = [];
  private lastCatalogDetailed: number | undefined;

  constructor(public settings: RateLimitOptions, private readonly now: () => number) {}

  /** `followUp`: a call collecting an in_progress answer, exempt from the per-operation limit. */
  check(operationKey: string, followUp = false): RateDecision {
    if (!this.settings.enabled) return { allowed: true };
    const now = this.now();
    while (this.window.length > 0 && this.window[0] <= now - WINDOW_MS) this.window.shift();
    if (this.window.length >= this.settings.perMinute) return this.refuse(this.window[0] + WINDOW_MS - now);
    const isCatalog = operationKey === 'CatalogService.getCatalogDetailed' && !followUp;
    if (isCatalog && this.lastCatalogDetailed !== undefined) {
      const wait = this.lastCatalogDetailed + this.settings.catalogDetailedIntervalMs - now;
      if (wait > 0) return this.refuse(wait);
    }
    this.window.push(now);
    if (isCatalog) this.lastCatalogDetailed = now;
    return { allowed: true };
  }

  reset(): void {
    this.window = [];
    this.lastCatalogDetailed = undefined;
  }

  private refuse(waitMs: number): RateDecision {
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil(waitMs / 1000)), status: this.settings.status };
  }
}
