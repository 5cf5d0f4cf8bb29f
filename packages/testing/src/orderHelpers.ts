/** A buyer's steps through the API, shared by the tests of sales, shipment, tickets and the gateway. */
import type { Stack } from './stack/Stack';

export const ORDER_FIELDS = 'id state total { amount currencyCode } paymentState expiresAt lines { id quantity product { id } performance { id } unitPrice { amount } }';

export async function loginAs(stack: Stack, email: string, password: string): Promise<Record<string, string>> {
  const res = await stack.query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
  return { authorization: `Bearer ${res.data.login.token}` };
}

/**
 * The first on-sale single-entry product with a performance that has a paying FULL tariff. Prices
 * are read product by product: every price of 100 products' performances in one query is what the
 * cost limit refuses.
 */
export async function pickTariff(stack: Stack, options: { maxAmount?: number; soldOut?: boolean } = {}) {
  const res = await stack.query(`{ products(first: 100, filter: { familyTypes: [SINGLE_ENTRY] }) { edges { node { id state availability { level } } } } }`);
  for (const { node } of res.data.products.edges) {
    if (node.state !== 'ON_SALE') continue;
    if (options.soldOut !== (node.availability?.level === 'SOLD_OUT') && options.soldOut !== undefined) continue;
    if (options.soldOut === undefined && node.availability?.level !== 'AVAILABLE') continue;
    const product = await stack.query(`query($id: ID!) { product(id: $id) { performances { id state prices { seatCategory { id } audienceSubCategory { id kind } amount { amount } } } } }`, { id: node.id });
    for (const perf of product.data.product.performances) {
      if (perf.state !== 'ON_SALE') continue;
      const price = perf.prices.find((p: any) => p.audienceSubCategory.kind === 'FULL' && p.seatCategory && Number(p.amount.amount) <= (options.maxAmount ?? Infinity));
      if (price) return { productId: node.id, performanceId: perf.id, seatCategoryId: price.seatCategory.id, audienceSubCategoryId: price.audienceSubCategory.id, amount: price.amount.amount as string };
    }
  }
  throw new Error('no suitable tariff in the demo catalog');
}

export const CREATE = `mutation($input: OrderInput!, $key: String!) { createOrder(input: $input, idempotencyKey: $key) { order { ${ORDER_FIELDS} } userErrors { code field message } } }`;

/** The buyer's delivery step (print at home unless told): the payment that settles an order and closing need it. */
export async function chooseDelivery(stack: Stack, orderId: string, headers: Record<string, string>, shipmentModeId = '501'): Promise<void> {
  const res = await stack.query(`mutation($o: ID!, $m: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: $m) { userErrors { code } } }`, { o: orderId, m: shipmentModeId }, { headers });
  if (res.errors || res.data.chooseShipmentMode.userErrors.length) throw new Error(`chooseShipmentMode failed: ${JSON.stringify(res.errors ?? res.data.chooseShipmentMode.userErrors)}`);
}

/** pays with a voucher and closes: the full-integration checkout with delivery already chosen */
export async function payByVoucherAndClose(stack: Stack, orderId: string, headers: Record<string, string>, voucherCode = 'GIFT-100', key = () => `key-${Math.random().toString(36).slice(2)}`) {
  const paid = await stack.query(`mutation($id: ID!, $v: String!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: $v }, idempotencyKey: $k) { userErrors { code } } }`, { id: orderId, v: voucherCode, k: key() }, { headers });
  if (paid.errors) return paid;
  if (paid.data.payOrder.userErrors.length) return { data: { closeOrder: { order: null, userErrors: paid.data.payOrder.userErrors } } };
  return stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state paymentState } userErrors { code } } }`, { id: orderId, k: key() }, { headers });
}

/** the SecuTix calls a checkout step cost: background work (catalog checks, availability sync on its timer) left out */
export async function checkoutCalls(stack: Stack): Promise<Record<string, number>> {
  const calls = await stack.sim.calls();
  return Object.fromEntries(Object.entries(calls).filter(([op]) => op.includes('.') && !/^(AvailabilityService|CatalogService)\./.test(op)));
}
