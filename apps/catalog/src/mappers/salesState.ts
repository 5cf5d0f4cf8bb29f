export type SalesState = 'ON_SALE' | 'SOON_ON_SALE' | 'SALES_ENDED' | 'SUSPENDED' | 'CANCELLED';

/**
 * SecuTix state plus sales window to what a buyer sees, after SecuTix's "additional states"
 * (docs/secutix/platform-facts.md#sales-states). Sold out is an availability fact, answered by the availability subgraph.
 */
export function salesState(state: string, salesStart: string | undefined, salesEnd: string | undefined, now: number): SalesState {
  if (state === 'CANCELED' || state === 'CANCELED_CLOSED') return 'CANCELLED';
  if (state === 'SUSPENDED') return 'SUSPENDED';
  if (state === 'CLOSED') return 'SALES_ENDED';
  if (state === 'PREPARING' || state === 'VALIDATED') return 'SOON_ON_SALE';
  if (salesStart && Date.parse(salesStart) > now) return 'SOON_ON_SALE';
  if (salesEnd && Date.parse(salesEnd) < now) return 'SALES_ENDED';
  return 'ON_SALE';
}
