import { randomUUID } from 'node:crypto';
import { type Stack, CREATE, ORDER_FIELDS, chooseDelivery, loginAs, payByVoucherAndClose, pickTariff } from '@stx/testing';
import { checkoutStack } from './checkoutStack';

const key = () => `key-${randomUUID()}`;

/** Both journeys of the seeds, through the gateway, with the simulator holding real seats. */
describe.each(['soap', 'json'] as const)('order journeys (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;
  let bob: Record<string, string>;

  beforeAll(async () => {
    ({ stack, alice } = await checkoutStack(transport));
    bob = await loginAs(stack, 'bob@example.com', 'bob-demo-password');
  });
  afterAll(() => stack?.close());

  it('partial integration: creates an order holding seats and hands over the ticket shop cart', async () => {
    const t = await pickTariff(stack);
    const res = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 2 }] }, key: key() }, { headers: alice });
    expect(res.errors).toBeUndefined();
    const { order, userErrors } = res.data.createOrder;
    expect(userErrors).toEqual([]);
    expect(order.state).toBe('OPEN');
    expect(order.lines).toEqual([expect.objectContaining({ quantity: 2, product: { id: t.productId }, performance: { id: t.performanceId } })]);
    expect(order.total).toEqual({ amount: (Number(t.amount) * 2).toFixed(2), currencyCode: 'EUR' });
    expect(Date.parse(order.expiresAt)).toBeGreaterThan(Date.now());
    const checkout = await stack.query(`mutation($id: ID!) { checkout(orderId: $id, lang: "de") { url userErrors { code } } }`, { id: order.id }, { headers: alice });
    expect(checkout.data.checkout).toEqual({ url: expect.stringMatching(new RegExp(`/api/1/redirect/cart\\?orderId=${order.id}&lang=de$`)), userErrors: [] });
    const mine = await stack.query(`query($id: ID!) { order(id: $id) { id state } }`, { id: order.id }, { headers: alice });
    expect(mine.data.order).toEqual({ id: order.id, state: 'OPEN' });
  });

  it('full integration with a gift voucher: pays, closes, and shows in the history', async () => {
    const t = await pickTariff(stack, { maxAmount: 100 });
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, alice);
    const closed = await payByVoucherAndClose(stack, orderId, alice);
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED', paymentState: 'PAID' }, userErrors: [] });
    const history = await stack.query(`{ me { orders(first: 20) { totalCount edges { node { id state } } } } }`, {}, { headers: alice });
    expect(history.data.me.orders.edges.map((e: any) => e.node)).toContainEqual({ id: orderId, state: 'CLOSED' });
    await stack.sim.reset();
    for (let i = 0; i < 3; i++) expect((await stack.query(`query($id: ID!) { order(id: $id) { state } }`, { id: orderId }, { headers: alice })).data.order.state).toBe('CLOSED');
    expect(await stack.sim.count('ExternalOrderService.getOrderDetails')).toBe(0); // a settled order is kept in the shared store
    const asBob = await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, { headers: bob });
    expect(asBob.data.order).toBeNull(); // ...and kept by id, so ownership is still checked on every read
    const reused = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(reused.data.payOrder.userErrors[0].code).toBe('ORDER_CLOSED');
  });

  it('gives the seats back when an order is cancelled, and the buyer sees it at once', async () => {
    const t = await pickTariff(stack);
    const before = await stack.sim.calls();
    void before;
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    const cancelled = await stack.query(`mutation($id: ID!, $k: String!) { cancelOrder(orderId: $id, idempotencyKey: $k) { order { state lines { id } } userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(cancelled.data.cancelOrder.order.state).toBe('CANCELLED');
    expect(cancelled.data.cancelOrder.userErrors).toEqual([]);
  });

  it('answers SOLD_OUT, QUANTITY_LIMIT and NOT_FOUND as userErrors, holding nothing', async () => {
    const soldOut = await stack.query(`{ product(id: "10004") { performances { id prices { seatCategory { id } audienceSubCategory { id } } } } }`);
    const perf = soldOut.data.product.performances[0];
    const price = perf.prices.find((p: any) => p.seatCategory);
    const res = await stack.query(CREATE, { input: { items: [{ performanceId: perf.id, seatCategoryId: price.seatCategory.id, audienceSubCategoryId: price.audienceSubCategory.id, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(res.data.createOrder.order).toBeNull();
    expect(['SOLD_OUT', 'PRICE_NOT_FOUND']).toContain(res.data.createOrder.userErrors[0].code);

    const t = await pickTariff(stack);
    const tooMany = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 11 }] }, key: key() }, { headers: alice });
    expect(tooMany.data.createOrder.userErrors[0].code).toBe('QUANTITY_LIMIT');
    const malformed = await stack.query(CREATE, { input: { items: [{ performanceId: 'x', seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(malformed.data.createOrder.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'items.0.performanceId' });
  });

  it('never shows or changes another contact\'s order', async () => {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    const read = await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, { headers: bob });
    expect(read.data.order).toBeNull();
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const cancel = await stack.query(`mutation($id: ID!, $k: String!) { cancelOrder(orderId: $id, idempotencyKey: $k) { order { id } userErrors { code } } }`, { id: orderId, k: key() }, { headers: bob });
    expect(cancel.data.cancelOrder).toEqual({ order: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const still = await stack.query(`query($id: ID!) { order(id: $id) { state } }`, { id: orderId }, { headers: alice });
    expect(still.data.order.state).toBe('OPEN');
    const anonymous = await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates exactly one order for 100 concurrent requests with one idempotency key', async () => {
    const t = await pickTariff(stack);
    await stack.sim.reset();
    const k = key();
    const input = { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] };
    const results = await Promise.all(Array.from({ length: 100 }, () => stack.query(CREATE, { input, key: k }, { headers: alice })));
    const ids = new Set(results.map((r) => r.data?.createOrder?.order?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^\d+$/);
    expect(await stack.sim.count('ExternalOrderFacade.createOrUpdateOrder')).toBe(1);
    const other = await stack.query(CREATE, { input: { items: [{ ...input.items[0], quantity: 2 }] }, key: k }, { headers: alice });
    expect(other.data.createOrder.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps nothing under a key whose request had mistakes in its input: the corrected request may use it', async () => {
    const t = await pickTariff(stack);
    const k = key();
    const wrong = await stack.query(CREATE, { input: { items: [] }, key: k }, { headers: alice });
    expect(wrong.data.createOrder.userErrors[0].code).toBe('INVALID_INPUT');
    const right = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: k }, { headers: alice });
    expect(right.data.createOrder.userErrors).toEqual([]);
    expect(right.data.createOrder.order.id).toMatch(/^\d+$/);
  });

  it('answers ORDER_EXPIRED once the hold ran out', async () => {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    await fetch(`${stack.sim.url}/__admin/orders/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderId: Number(orderId) }) });
    const add = await stack.query(`mutation($id: ID!, $input: OrderInput!, $k: String!) { addToOrder(orderId: $id, input: $input, idempotencyKey: $k) { order { state } userErrors { code } } }`, { id: orderId, input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, k: key() }, { headers: alice });
    expect(add.data.addToOrder.userErrors).toEqual([{ code: 'ORDER_EXPIRED' }]);
  });

  it('keeps a checkout whole through a SecuTix outage: coded error, nothing closed, then it works', async () => {
    const t = await pickTariff(stack, { maxAmount: 20 });
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, alice);
    await stack.sim.faults({ outage: true });
    const k = key();
    let down;
    try {
      down = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-20" }, idempotencyKey: $k) { order { state } userErrors { code } } }`, { id: orderId, k }, { headers: alice });
    } finally {
      await stack.sim.faults({});
    }
    expect(down.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/Envelope|HTTP 503/);
    const state = await stack.query(`query($id: ID!) { order(id: $id) { state } }`, { id: orderId }, { headers: alice });
    expect(state.data.order.state).toBe('OPEN');
    const retried = await payByVoucherAndClose(stack, orderId, alice, 'GIFT-20', key);
    expect(retried.data.closeOrder).toEqual({ order: { state: 'CLOSED', paymentState: 'PAID' }, userErrors: [] });
  });
});

void ORDER_FIELDS;
