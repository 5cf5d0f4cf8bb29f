/**
 * Orders as the simulator keeps them. The sales services (ExternalOrderFacade/Service/Payment/
 * History) write them; shipment and tickets services only read them. Amounts are integer
 * thousandths, times epoch milliseconds.
 */
/** CANCELLED: a closed (paid) order that the box office cancelled and refunded afterwards */
export type SimOrderState = 'IN_PROGRESS' | 'CLOSED' | 'ABANDONED' | 'CANCELLED';

export interface SimSeat {
  area: string;
  block: string;
  row: string;
  number: string;
}

export interface SimOrderLine {
  operationId: number;
  productId: number;
  performanceId?: number;
  seatCategoryId?: number;
  audienceSubCategoryId: number;
  quantity: number;
  unitPrice: number;
  /** the product's code and name (its first translation) when the line was made, as SecuTix shows them on each line */
  productCode?: string;
  productName?: string;
  /** RESERVED while the order is open, SOLD once closed, CANCELLED when removed or abandoned */
  state: 'RESERVED' | 'SOLD' | 'CANCELLED';
  /** one per ticket for seated performances; absent for free placement and non-event products */
  seats?: SimSeat[];
}

export interface SimPayment {
  paymentId: number;
  paymentMethodId: number;
  paymentMethod: string;
  amount: number;
  /** WAITING on the hosted page, PAID, CANCELLED_BY_USER; REFUNDED when the order was given up unsold [ours] */
  paymentStatus: 'WAITING' | 'PAID' | 'CANCELLED_BY_USER' | 'REFUNDED';
  externalUrl?: string;
  returnUrl?: string;
  /** gift voucher code, for GIFT_VOUCHER payments */
  paymentIdentifier?: string;
}

export interface SimOrder {
  orderId: number;
  /** SecuTix's unguessable order reference (orderSecretId), for links that must not be enumerable */
  secretId: string;
  contactNumber: string;
  state: SimOrderState;
  createdAt: number;
  /** the held seats are released at this time unless the order is closed */
  expiresAt: number;
  closedAt?: number;
  /** set when the hold ran out and the order was ABANDONED for it (not by the buyer) */
  expiredAt?: number;
  lines: SimOrderLine[];
  payments: SimPayment[];
  /** the delivery charge, set when changeShipmentMode picks a mode for the order [ours] */
  shipmentCharge?: SimShipmentCharge;
  /** the order's file (SecuTix's dossier): attachments, external references, status code, last change */
  file?: SimFile;
}

export interface SimAttachment {
  fileAttachmentId: number;
  fileName: string;
  mimetype: string;
  /** base64, as uploaded */
  data: string;
  uploadDate: number;
}

export interface SimFile {
  attachments: SimAttachment[];
  externalReferences: { key: string; value: string }[];
  fileStatusIC?: string;
  modifiedAt: number;
}

/** What the chosen delivery costs: part of the sale amount, like any charge of the order. */
export interface SimShipmentCharge {
  shipmentModeId: number;
  /** thousandths */
  amount: number;
}
