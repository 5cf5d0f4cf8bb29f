import { availabilityStaleWindow } from './registry';
import { scrapeState } from './scrapeState';

/** SecuTix confirmed (by its setup stamp) that the snapshot served is current, as of `at` (ms) */
export function catalogSnapshotConfirmed(at: number): void {
  scrapeState.catalogConfirmedAt = Math.max(scrapeState.catalogConfirmedAt ?? 0, at);
}

/** an availability answer loaded at `fetchedAt` (ms) was served now */
export function availabilityServed(fetchedAt: number, now = Date.now()): void {
  const minute = Math.floor(now / 60_000);
  const slots = scrapeState.availabilityOldest;
  const last = slots[slots.length - 1];
  if (last && last[0] === minute) last[1] = Math.min(last[1], fetchedAt);
  else {
    slots.push([minute, fetchedAt]);
    if (slots.length > 2) slots.shift();
  }
}

/** the oldest an answer may be when served: the alert's threshold */
export function availabilityStaleWindowIs(seconds: number): void {
  availabilityStaleWindow.set(seconds);
}
