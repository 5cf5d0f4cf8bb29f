/** Shipment and ticket records (docs/secutix/protocol.md). Amounts are integer thousandths. */
import type { Translated } from './catalog';

export interface ShipmentModeRecord {
  id: number;
  code: string;
  externalName?: Translated;
  description?: string;
  externalDescription?: Translated;
  deliveryTimeInDays?: number;
  contactAddressRequired?: boolean;
  price: number;
}

export interface ShipmentRecord {
  shipmentId: number;
  orderId: number;
  shipmentModeId: number;
  state: string;
  contactNumber?: string;
  numberOfTickets?: number;
  originalContactAddressId?: number;
  contactAddress?: { addressId: number; firstAddressLine: string; secondAddressLine?: string; zipCode: string; locality: string; countryCode: string };
}

export interface TicketRecord {
  ticketId: number;
  orderId: number;
  contactNumber?: string;
  barcode: string;
  state: string;
  productId: number;
  performanceId?: number;
  seatCategoryId?: number;
  seat?: { area?: string; block?: string; row?: string; number?: string };
  placement?: string;
  holderName?: string;
}
