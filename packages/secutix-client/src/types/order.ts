import type { PaymentMethodRecord } from './catalog';

/** Sales records (docs/secutix/protocol.md "Sales"). Amounts are integer thousandths. */
export interface OperationRecord {
  operationId: number;
  kind?: string;
  productId: number;
  performanceId?: number;
  seatCategoryId?: number;
  audienceSubCategoryId: number;
  /** the seats SecuTix assigned once the order was sold (seated lines) */
  seats?: { area?: string; block?: string; row?: string; number?: string }[];
  quantity: number;
  unitPrice: number;
  totalAmount: number;
  state?: string;
}

export interface PaymentRecord {
  paymentId: number;
  paymentMethodId?: number;
  paymentMethod?: string;
  amount: number;
  paymentStatus: string;
  externalUrl?: string;
  paymentIdentifier?: string;
}

/** checkPayment's PaymentDetail: the payment method as its record, the order and dates (docs/secutix/contract.md) */
export interface PaymentDetailRecord extends Omit<PaymentRecord, 'paymentMethod'> {
  orderId?: number;
  paymentMethod?: PaymentMethodRecord;
  paymentIdentifier?: string;
  paymentDate?: string;
  paymentLastUpdated?: string;
  isInstallment?: boolean;
}

export interface OrderDetailsRecord {
  orderId: number;
  orderState: string;
  orderType?: string;
  creationDateTime?: string;
  expirationDate?: string;
  saleAmount: number;
  catalogCurrency?: { currencyCode: string };
  contactReference?: string;
  orderSecretId?: string;
  operationDatas?: OperationRecord[];
  payments?: PaymentRecord[];
  /** the delivery chosen for the order, counted in saleAmount (docs/secutix/protocol.md) */
  charges?: ChargeRecord[];
}

export interface ChargeRecord {
  chargeType: string;
  shipmentModeId?: number;
  amount: number;
}

export interface OrderSummaryRecord {
  orderId: number;
  orderState: string;
  creationDateTime?: string;
  saleAmount: number;
  currencyCode?: string;
}

export interface OrderItemInput {
  performanceId: number;
  seatCategoryId: number;
  audienceSubCategoryId: number;
  quantity: number;
}

export interface VoucherRecord {
  voucherCode: string;
  /** thousandths */
  balance: number;
  currencyCode?: string;
  validUntil?: string;
}

/** One simpleProductOperations item: a product sold without performance (pass, membership), by its item id. */
export interface SimpleProductInput {
  itemId: number;
  audienceSubCategoryId: number;
  quantity: number;
}
