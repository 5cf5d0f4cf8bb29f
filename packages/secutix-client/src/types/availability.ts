/** AvailabilityService records (docs/secutix/protocol.md). The indicator: 1 available, 2 few left, 3 sold out. */
export interface ProductAvailabilityRecord {
  productId: number;
  availability: number;
  availabilityIndicator: number;
  lastUpdate?: string;
}

export interface SeatCategoryAvailabilityRecord {
  seatCategoryId: number;
  availability: number;
  availabilityIndicator: number;
}

export interface PerformanceAvailabilityRecord {
  performanceId: number;
  productId: number;
  availability: number;
  availabilityIndicator: number;
  lastUpdate?: string;
  seatCategoryAvailabilities?: SeatCategoryAvailabilityRecord[];
}

export interface AvailabilityUpdateRecord {
  productId: number;
  lastUpdate: string;
}
