/** Entity references as the gateway sends them (`state` arrives through @requires). */
export interface ProductRef {
  id: string;
  state?: string;
}

export interface PerformanceRef {
  id: string;
  state?: string;
}

export interface AvailabilityModel {
  indicator: number;
  asOf: string;
}

export interface SeatCategoryAvailabilityModel {
  seatCategoryId: string;
  availability: AvailabilityModel;
}
