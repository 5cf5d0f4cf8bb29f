/** Shipment and ticket records (apps/secutix-sim/PROTOCOL.md). Amounts are integer thousandths. */
import type { Translated } from './catalog';

export interface ShipmentModeRecord {
  id: number;
  code: string;
  externalName?: Translated;
  description?: string;
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
