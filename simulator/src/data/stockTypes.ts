import type { CatalogData, EntityState } from './catalogTypes';

/** Seats of one category (or of a whole non-event product): what availability is computed from. */
export interface SeatStock {
  capacity: number;
  remaining: number;
}

export interface PerformanceStock {
  performanceId: number;
  productId: number;
  eventId: number;
  state: EntityState;
  /** by seat category id, in catalog order */
  categories: Map<number, SeatStock>;
}

/** What the generator hands to SimulatorState: the catalog plus the stock it does not publish. */
export interface GeneratedInstitution {
  catalog: CatalogData;
  performances: PerformanceStock[];
  /** PASS, PACKAGE and MEMBERSHIP products sell from one product-wide quota */
  productQuotas: Map<number, SeatStock>;
}
