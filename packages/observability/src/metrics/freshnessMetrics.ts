import { availabilityFreshWindow } from './registry';
import { scrapeState } from './scrapeState';

/**
 * This process serves a catalog, wanted since `at` (ms): until SecuTix first confirms a snapshot,
 * its age counts from then, so a catalog that never loads ages like one that stopped refreshing
 * (and `CatalogSnapshotOlderThanADay` fires) instead of reading 0.
 */
export function catalogSnapshotAwaited(at: number): void {
  scrapeState.catalogAwaitedSince ??= at;
}

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

/** past this age an answer served is stale (SecuTix could not be asked): the alert's threshold */
export function availabilityFreshWindowIs(seconds: number): void {
  availabilityFreshWindow.set(seconds);
}
