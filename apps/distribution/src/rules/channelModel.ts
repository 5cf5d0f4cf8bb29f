/**
 * The manager's offer on a channel as SecuTix describes it (ExternalSalesService.getChannelCatalog,
 * docs/secutix/distribution.md): the shapes the rules work on. Amounts are integer thousandths.
 */
export type ChannelProductKind = 'EVENT' | 'VISIT_PASS' | 'UNDATED_PASS';

export interface ChannelZone {
  zoneId: number;
  code: string;
  seatCategoryId: number;
  logicalSeatCategoryId: number;
  numbered: boolean;
  seats?: { row: string; number: string }[];
  capacity: number;
}

export interface ChannelPerformance {
  performanceId: number;
  /** ISO-8601 with the institution's offset: its wall-clock digits are the local time */
  start: string;
  hall: { id: number; name: string };
  zones: ChannelZone[];
}

export interface ChannelTariff {
  audienceSubCategoryId: number;
  tariffTypeId: number;
  code: string;
  prices: { seatCategoryId: number; amount: number }[];
}

export interface ChannelProduct {
  productId: number;
  name: string;
  kind: ChannelProductKind;
  competition: boolean;
  seasonId: number;
  activityId: number;
  vatCodeId: number;
  tariffs: ChannelTariff[];
  performances: ChannelPerformance[];
}

export interface ChannelInfo {
  code: string;
  type: string;
  pointOfSalesId: number;
  technicalContactNumber: string;
  waitingAccountPaymentMethodId: number;
}
