import { assignSeatsOnClosing } from '../fulfilment/assignSeatsOnClosing';
import { holdItems, newOrder } from '../sales/holdItems';
import { saleAmount } from '../sales/orderAmounts';
import { expireDueOrders, orderWorld as world, sell } from '../sales/orderExpiry';
import { paymentTypeOf } from '../sales/paymentMethods';
import { priceOrderItems } from '../sales/priceOrderItems';
import type { Params } from '../protocol/normaliseParams';
import { isRefusal } from '../sales/salesErrors';
import { summary } from './ordersAdmin';
import type { SimulatorRuntime } from './SimulatorRuntime';

type Body = Record<string, unknown>;

/** the point of sales' card payment method (getPOSConfig): what the ticket shop's payment page pays with */
const CARD = 601;

/**
 * `POST /__admin/orders { contactNumber, items: [{ performanceId, seatCategoryId, audienceSubCategoryId, quantity }], sold? }`:
 * an order made outside the API under test (the ticket shop's cart, the box office), so a subgraph
 * tested alone finds the orders it only reads. The items are priced and held by createOrUpdateOrder's
 * own rules (priceOrderItems); `sold: true` then pays it in full by card, as the ticket shop's
 * payment page does, and closes it, which assigns its seats and issues its tickets. The order is
 * made and held by the same functions as createOrUpdateOrder's (sales/holdItems.ts).
 */
export function placeOrder(body: Body, rt: SimulatorRuntime): [number, unknown] {
  const { contactNumber, items, sold } = body;
  if (typeof contactNumber !== 'string' || !Array.isArray(items) || (sold !== undefined && typeof sold !== 'boolean')) {
    return [400, { error: 'expected { contactNumber, items: [{ performanceId, seatCategoryId, audienceSubCategoryId, quantity }], sold? }' }];
  }
  if (!rt.contacts.get(contactNumber)) return [404, { error: `unknown contactNumber ${contactNumber}` }];
  const w = world(rt);
  expireDueOrders(w);
  const priced = priceOrderItems(rt.state, w.now(), { singleEntry: (items as Params[]).map((operationAttributions) => ({ operationAttributions })), simple: [] });
  if (isRefusal(priced)) return [409, { error: priced.detail, code: priced.code }];

  const now = w.now();
  const order = newOrder(rt.orders, contactNumber, now);
  holdItems(order, priced, rt, now, rt.options.orderHoldSeconds * 1000);
  if (sold === true) {
    order.payments.push({ paymentId: rt.orders.newPaymentId(), paymentMethodId: CARD, paymentMethod: paymentTypeOf(rt.options.institution, CARD)!, amount: saleAmount(order), paymentStatus: 'PAID' });
    sell(order, now);
    assignSeatsOnClosing(order, rt);
  }
  return [200, summary(order)];
}
