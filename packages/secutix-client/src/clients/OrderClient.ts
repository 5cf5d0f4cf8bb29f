import type { SecutixCaller } from '../SecutixCaller';
import {
  ExternalOrderFacadeDescriptor as Facade,
  ExternalOrderHistoryServiceDescriptor as History,
  ExternalOrderServiceDescriptor as Orders,
  ExternalPaymentServiceDescriptor as Payments,
} from '../services';
import type { OrderDetailsRecord, OrderItemInput, OrderSummaryRecord, PaymentDetailRecord, SimpleProductInput } from '../types/order';

/** ExternalOrderFacade, ExternalOrderService, ExternalPaymentService and ExternalOrderHistoryService v1_33. */
export class OrderClient {
  constructor(
    private readonly caller: SecutixCaller,
    private readonly pointOfSalesId: () => Promise<number>,
  ) {}

  /**
   * Creates an order (no orderId) or adds to one; SecuTix holds the seats of `items` (seated
   * performances) and the units of `simpleItems` (passes, memberships: products without performances).
   */
  async createOrUpdateOrder(contactNumber: string, items: readonly OrderItemInput[], orderId?: number, simpleItems: readonly SimpleProductInput[] = []): Promise<number> {
    const r = await this.caller.call<{ orderUpdateData?: { orderId: number } }>(Facade, 'createOrUpdateOrder', {
      pointOfSalesId: await this.pointOfSalesId(),
      orderId,
      orderType: 'SALE',
      purchasersInfo: [{ contactReference: contactNumber }],
      singleEntryAttributionOperations: items.map((i) => ({ operationAttributions: { ...i } })),
      simpleProductOperations: simpleItems.map((i) => ({ itemId: i.itemId, audienceSubCategoryId: i.audienceSubCategoryId, quantity: i.quantity })),
    });
    if (!r.orderUpdateData) throw new Error('createOrUpdateOrder answered without orderUpdateData');
    return Number(r.orderUpdateData.orderId);
  }

  async getOrderDetails(orderId: number): Promise<OrderDetailsRecord> {
    const r = await this.caller.call<{ orderDetailsData?: OrderDetailsRecord }>(Orders, 'getOrderDetails', { orderId });
    if (!r.orderDetailsData) throw new Error('getOrderDetails answered without orderDetailsData');
    return { ...r.orderDetailsData, contactReference: r.orderDetailsData.contactReference === undefined ? undefined : String(r.orderDetailsData.contactReference) };
  }

  async cancelOperations(orderId: number, operationIds: readonly number[]): Promise<void> {
    await this.caller.call(Orders, 'cancelOperations', { orderId, operationIds: [...operationIds] });
  }

  async abandonOrder(orderId: number): Promise<void> {
    await this.caller.call(Orders, 'abandonMovements', { orderId });
  }

  async closeOrder(orderId: number, contactNumber: string, payments: { paymentMethodId: number; amount: number; paymentIdentifier?: string }[]): Promise<void> {
    await this.caller.call(Orders, 'closeOrder', { orderId, purchaserInfo: { contactReference: contactNumber }, payments });
  }

  async checkPayment(orderId: number, payments: { paymentMethodId: number; amount: number; returnUrl?: string }[]): Promise<PaymentDetailRecord[]> {
    const r = await this.caller.call<{ paymentDetails?: PaymentDetailRecord[] }>(Payments, 'checkPayment', {
      orderId,
      payments: payments.map((p) => ({ paymentMethodId: p.paymentMethodId, amount: p.amount, paymentAdditionalData: p.returnUrl ? { returnUrl: p.returnUrl } : undefined })),
    });
    return r.paymentDetails ?? [];
  }

  async searchOrders(contactNumber: string, page: { start: number; size: number }, states?: readonly string[]): Promise<{ totalCount: number; orders: OrderSummaryRecord[] }> {
    const r = await this.caller.call<{ totalCount?: number; orderSummaries?: OrderSummaryRecord[] }>(History, 'searchOrders', {
      contactReference: contactNumber,
      orderStates: states?.length ? [...states] : undefined,
      paginationParameter: { startPosition: page.start, maxResult: page.size },
    });
    return { totalCount: r.totalCount ?? 0, orders: r.orderSummaries ?? [] };
  }
}
