/**
 * A sliding-window count from two fixed windows (the previous one weighted by how much of it
 * still overlaps the sliding window, as Cloudflare's rate limiter does): no reset at a window
 * boundary, so a burst straddling one counts whole, and two counters per key in any store.
 */
export interface WindowCounts {
  previous: number;
  current: number;
  /** ms since the current fixed window began */
  elapsedMs: number;
  windowMs: number;
}

export function slidingCount(c: WindowCounts): number {
  return c.previous * (1 - c.elapsedMs / c.windowMs) + c.current;
}

/** whole seconds until the sliding count drops below `limit` with no new events (at least 1) */
export function secondsUntilBelow(limit: number, c: WindowCounts): number {
  let waitMs: number;
  if (c.current < limit) {
    // within this window the previous window's weight shrinks until the count is below the limit
    const at = c.previous > 0 ? c.windowMs * (1 - (limit - c.current) / c.previous) : 0;
    waitMs = at - c.elapsedMs;
  } else {
    // only in the next window, as this window's events (then "previous") lose weight
    waitMs = c.windowMs - c.elapsedMs + c.windowMs * (1 - limit / c.current);
  }
  return Math.max(1, Math.ceil((waitMs + 1) / 1000)); // +1 ms: at the exact instant the count equals the limit
}
