import type { Price } from './catalogTypes';
import type { SeasonAudience } from './institutionSetup';

/** Amounts are integer thousandths; real price grids use round halves, hence multiples of 500. */
export function toThousandths(units: number): number {
  return Math.max(500, Math.round((units * 1000) / 500) * 500);
}

/** One row per audience sub-category for a given full price; the FREE sub-category costs 0. */
export function priceRow(full: number, audience: SeasonAudience, seatCatId?: number): Price[] {
  const at = (audSubCatId: number, amount: number): Price => (seatCatId === undefined ? { audSubCatId, amount } : { seatCatId, audSubCatId, amount });
  return [
    at(audience.full, full),
    at(audience.reduced, toThousandths((full * 0.75) / 1000)),
    at(audience.free, 0),
    at(audience.group, toThousandths((full * 0.85) / 1000)),
  ];
}
