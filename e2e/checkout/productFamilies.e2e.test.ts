import { randomUUID } from 'node:crypto';
import { type Stack, CREATE, checkoutCalls, chooseDelivery, pickTariff } from '@stx/testing';
import { checkoutStack } from './checkoutStack';

const key = () => `key-${randomUUID()}`;

/**
 * Every product family the catalog says can be bought here: passes, packages and memberships by
 * productId (SecuTix's simpleProductOperations) beside seated performances, in one order; clear
 * userErrors; a paid order cannot be cancelled here.
 */
describe.each(['soap', 'json'] as const)('product families (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    ({ stack, alice } = await checkoutStack(transport));
  }, 60_000);
  afterAll(() => stack?.close());

  /** an on-sale product bought by productId, with its cheapest paying tariff */
  async function simpleProduct(): Promise<{ productId: string; audienceSubCategoryId: string; amount: string; familyType: string }> {
    const res = await stack.query(`{ products(first: 100, filter: { onSaleOnly: true }) { edges { node { id familyType purchaseMode prices { audienceSubCategory { id } amount { amount } } } } } }`);
    const modes = new Map<string, Set<string>>();
    for (const { node } of res.data.products.edges) modes.set(node.familyType, (modes.get(node.familyType) ?? new Set()).add(node.purchaseMode));
    expect(modes.get('SINGLE_ENTRY')).toEqual(new Set(['PERFORMANCE_SEAT']));
    for (const family of ['PASS', 'PACKAGE', 'MEMBERSHIP']) if (modes.has(family)) expect(modes.get(family)).toEqual(new Set(['PRODUCT']));
    const offers = res.data.products.edges.map((e: any) => e.node).filter((n: any) => n.purchaseMode === 'PRODUCT')
      .flatMap((n: any) => n.prices.filter((p: any) => Number(p.amount.amount) > 0).map((price: any) => ({ node: n, price })));
    expect(offers.length).toBeGreaterThan(0);
    const { node, price } = offers.sort((a: any, b: any) => Number(a.price.amount.amount) - Number(b.price.amount.amount))[0];
    return { productId: node.id, audienceSubCategoryId: price.audienceSubCategory.id, amount: price.amount.amount, familyType: node.familyType };
  }

  it('sells a product without performance beside a seated one in one order, at one createOrUpdateOrder', async () => {
    const pass = await simpleProduct();
    const t = await pickTariff(stack, { maxAmount: 30 });
    await stack.sim.reset();
    const res = await stack.query(CREATE, {
      input: { items: [
        { performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 },
        { productId: pass.productId, audienceSubCategoryId: pass.audienceSubCategoryId, quantity: 2 },
      ] },
      key: key(),
    }, { headers: alice });
    expect(res.data.createOrder.userErrors).toEqual([]);
    const { order } = res.data.createOrder;
    expect(order.lines).toEqual(expect.arrayContaining([
      expect.objectContaining({ quantity: 1, product: { id: t.productId }, performance: { id: t.performanceId } }),
      expect.objectContaining({ quantity: 2, product: { id: pass.productId }, performance: null, unitPrice: { amount: pass.amount } }),
    ]));
    const cents = (a: string) => Math.round(Number(a) * 100);
    expect(cents(order.total.amount)).toBe(cents(t.amount) + 2 * cents(pass.amount));
    expect((await checkoutCalls(stack))['ExternalOrderFacade.createOrUpdateOrder']).toBe(1);

    // a paid order is not cancelled here
    await chooseDelivery(stack, order.id, alice);
    const paid = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { order { amountDue { amount } } userErrors { code } } }`, { id: order.id, k: key() }, { headers: alice });
    expect(paid.data.payOrder.userErrors).toEqual([]);
    if (paid.data.payOrder.order.amountDue.amount !== '0.00') {
      const card = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: CARD }, idempotencyKey: $k) { paymentUrl } }`, { id: order.id, k: key() }, { headers: alice });
      expect((await fetch(`${card.data.payOrder.paymentUrl}/pay`, { method: 'POST' })).status).toBe(200);
    }
    const closed = await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state } userErrors { code } } }`, { id: order.id, k: key() }, { headers: alice });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED' }, userErrors: [] });
    const cancel = await stack.query(`mutation($id: ID!, $k: String!) { cancelOrder(orderId: $id, idempotencyKey: $k) { order { state } userErrors { code field } } }`, { id: order.id, k: key() }, { headers: alice });
    expect(cancel.data.cancelOrder).toEqual({ order: { state: 'CLOSED' }, userErrors: [{ code: 'REFUND_NOT_AVAILABLE', field: 'orderId' }] });
  });

  it('answers clear userErrors for items that mix or miss the two kinds, holding nothing', async () => {
    const pass = await simpleProduct();
    const t = await pickTariff(stack);
    await stack.sim.reset();
    const both = await stack.query(CREATE, { input: { items: [{ productId: pass.productId, performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(both.data.createOrder.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ITEM', field: 'items.0' })]);
    const neither = await stack.query(CREATE, { input: { items: [{ audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(neither.data.createOrder.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ITEM', field: 'items.0' })]);
    const badId = await stack.query(CREATE, { input: { items: [{ productId: 'pass', audienceSubCategoryId: pass.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(badId.data.createOrder.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'items.0.productId' })]);
    expect(await checkoutCalls(stack)).toEqual({}); // refused before SecuTix
    const seatedAsProduct = await stack.query(CREATE, { input: { items: [{ productId: t.productId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(seatedAsProduct.data.createOrder.order).toBeNull();
    expect(seatedAsProduct.data.createOrder.userErrors[0].code).toBe('INVALID_INPUT');
  });
});
