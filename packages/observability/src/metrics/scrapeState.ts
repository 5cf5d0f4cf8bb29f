/**
 * What the gauges computed at scrape time read: shared budgets (asked from the shared store, so
 * every instance reports the same all-instances figure), and the timestamps behind the ages.
 * Kept apart from the registry so that recorders can write it without importing the metrics.
 */
export interface BudgetReader {
  limit: number;
  /** calls left in the current window, as the shared store sees it */
  remaining(): Promise<number>;
}

export const scrapeState = {
  budgets: new Map<string, BudgetReader>(),
  /** when SecuTix last confirmed the served catalog snapshot (ms since epoch) */
  catalogConfirmedAt: undefined as number | undefined,
  /** when this process began to want a catalog snapshot (ms since epoch); undefined in processes that serve none */
  catalogAwaitedSince: undefined as number | undefined,
  /** oldest `fetchedAt` of availability answers served, per minute: [minute, oldest] of this and the previous minute */
  availabilityOldest: [] as [minute: number, fetchedAt: number][],
};
