import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const CREATE = `mutation($i: OrderInput!, $k: String!) { createOrder(input: $i, idempotencyKey: $k) { order { id state total { amount currencyCode } amountDue { amount } paymentState lines { quantity unitPrice { amount } product { id } performance { id } seatCategoryId } } userErrors { code field } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id state total { amount } amountDue { amount } paymentState payments { method amount { amount } state } lines { seats { row } } } }`;
const ORDERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id state } } }`;
const HISTORY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { orders(first: 5, filter: { states: [CLOSED] }) { totalCount edges { node { id state } } } } } }`;
const { alice, bob } = DEMO_ACCOUNTS.buyers;
// the seeded performance 900001 of product 10001, its best seat category at the full tariff (89.00 EUR)
const seat = (quantity: number, performanceId = '900001') => ({ performanceId, seatCategoryId: '700001', audienceSubCategoryId: '401', quantity });
const key = () => `key-${Math.random().toString(36).slice(2)}`;

/**
 * The sales subgraph alone with the simulator: orders made through its own mutations, and one
 * sold elsewhere (the ticket shop, placed through the simulator's control API) for what only a
 * paid order shows.
 */
describe('the sales subgraph alone', () => {
  let sales: SubgraphUnderTest;
  let alices: Record<string, string>;
  let soldId: string;
  beforeAll(async () => {
    sales = await startSubgraph('sales');
    alices = sales.asCaller(alice.contactNumber);
    soldId = String((await sales.sim.placeOrder(alice.contactNumber, [{ performanceId: 900001, seatCategoryId: 700001, audienceSubCategoryId: 401, quantity: 1 }], { sold: true })).orderId);
  });
  afterAll(() => sales?.close());

  it("creates an order holding the seeded seats at the seeded price, once per idempotency key, and refuses the key for another request", async () => {
    const k = key();
    await sales.sim.reset();
    const created = await sales.query(CREATE, { i: { items: [seat(2)] }, k }, { headers: alices });
    // one change, and one read of the order it left (for availability and the payload alike)
    expect(await sales.sim.count('ExternalOrderFacade.createOrUpdateOrder')).toBe(1);
    expect(await sales.sim.count('ExternalOrderService.getOrderDetails')).toBe(1);
    expect(created.data.createOrder).toEqual({
      order: { id: expect.any(String), state: 'OPEN', total: { amount: '178.00', currencyCode: 'EUR' }, amountDue: { amount: '178.00' }, paymentState: 'NONE', lines: [{ quantity: 2, unitPrice: { amount: '89.00' }, product: { id: '10001' }, performance: { id: '900001' }, seatCategoryId: '700001' }] },
      userErrors: [],
    });
    await sales.sim.reset();
    const again = await sales.query(CREATE, { i: { items: [seat(2)] }, k }, { headers: alices });
    expect(again.data.createOrder.order.id).toBe(created.data.createOrder.order.id);
    expect(await sales.sim.count('ExternalOrderFacade.createOrUpdateOrder')).toBe(0);
    const reused = await sales.query(CREATE, { i: { items: [seat(1)] }, k }, { headers: alices });
    expect(reused.data.createOrder).toEqual({ order: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' }] });
  });

  it('refuses malformed input with userErrors naming each field, at no SecuTix call', async () => {
    await sales.sim.reset();
    const items = await sales.query(CREATE, { i: { items: [seat(1, 'abc'), seat(0), { productId: '10001', ...seat(1) }] }, k: key() }, { headers: alices });
    expect(items.data.createOrder.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: 'items.0.performanceId' },
      { code: 'QUANTITY_LIMIT', field: 'items.1.quantity' },
      { code: 'INVALID_ITEM', field: 'items.2' },
    ]);
    const badKey = await sales.query(CREATE, { i: { items: [seat(1)] }, k: 'short' }, { headers: alices });
    expect(badKey.data.createOrder.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'idempotencyKey' }]);
    const badPage = await sales.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { orders(first: 51) { totalCount } } } }`, { r: [{ __typename: 'Contact', contactNumber: alice.contactNumber }] }, { headers: alices });
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await sales.sim.total()).toBe(0);
  });

  it("names the item SecuTix refused: an unknown performance is PERFORMANCE_NOT_FOUND at items.0.performanceId", async () => {
    const res = await sales.query(CREATE, { i: { items: [seat(1, '999999')] }, k: key() }, { headers: alices });
    expect(res.data.createOrder).toEqual({ order: null, userErrors: [{ code: 'PERFORMANCE_NOT_FOUND', field: 'items.0.performanceId' }] });
  });

  it("answers a paid order to its buyer (state, card payment, assigned seat) and its history; to Bob it is NOT_FOUND like an unknown id", async () => {
    const own = await sales.query(ORDER, { id: soldId }, { headers: alices });
    expect(own.data.order).toEqual({ id: soldId, state: 'CLOSED', total: { amount: '89.00' }, amountDue: { amount: '0.00' }, paymentState: 'PAID', payments: [{ method: 'CARD', amount: { amount: '89.00' }, state: 'PAID' }], lines: [{ seats: [{ row: '1' }] }] });
    const history = await sales.query(HISTORY, { r: [{ __typename: 'Contact', contactNumber: alice.contactNumber }] }, { headers: alices });
    expect(history.data._entities[0].orders).toEqual({ totalCount: 1, edges: [{ node: { id: soldId, state: 'CLOSED' } }] });
    const bobs = await sales.query(ORDER, { id: soldId }, { headers: sales.asCaller(bob.contactNumber) });
    const unknown = await sales.query(ORDER, { id: '4999999' }, { headers: sales.asCaller(bob.contactNumber) });
    expect(bobs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bobsHistory = await sales.query(HISTORY, { r: [{ __typename: 'Contact', contactNumber: alice.contactNumber }] }, { headers: sales.asCaller(bob.contactNumber) });
    expect(bobsHistory.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves order references for their buyer only (a settled order from the store), null at no SecuTix call for one that is no SecuTix id, and UNAUTHENTICATED for no caller', async () => {
    await sales.sim.reset();
    const refs = await sales.query(ORDERS, { r: [{ __typename: 'Order', id: soldId }, { __typename: 'Order', id: 'abc' }, { __typename: 'Order' }] }, { headers: alices });
    expect(refs.data._entities).toEqual([{ id: soldId, state: 'CLOSED' }, null, null]);
    // the paid order was read before: a settled order is kept in the shared store
    expect(await sales.sim.total()).toBe(0);
    const bobs = await sales.query(ORDERS, { r: [{ __typename: 'Order', id: soldId }] }, { headers: sales.asCaller(bob.contactNumber) });
    expect(bobs.data._entities).toEqual([null]);
    const anonymous = await sales.query(ORDERS, { r: [{ __typename: 'Order', id: soldId }] });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await sales.query(ORDERS, { r: [{ __typename: 'Order', id: soldId }] }, { headers: { 'x-stx-identity': 'stxid1.e30.forged' } });
    expect(forged.status).toBe(401);
  });

  it("reads a seeded voucher's balance, and will not let a voucher settle an order before its delivery is chosen", async () => {
    const voucher = await sales.query(`{ voucher(code: "GIFT-20") { code balance { amount currencyCode } validUntil } }`, {}, { headers: alices });
    expect(voucher.data.voucher).toEqual({ code: 'GIFT-20', balance: { amount: '20.00', currencyCode: 'EUR' }, validUntil: '2030-12-31T23:59:59.000Z' });
    const orderId = (await sales.query(CREATE, { i: { items: [seat(1)] }, k: key() }, { headers: alices })).data.createOrder.order.id;
    const pay = await sales.query(`mutation($o: ID!, $k: String!) { payOrder(orderId: $o, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { order { amountDue { amount } } userErrors { code field } } }`, { o: orderId, k: key() }, { headers: alices });
    expect(pay.data.payOrder).toEqual({ order: { amountDue: { amount: '89.00' } }, userErrors: [{ code: 'DELIVERY_NOT_CHOSEN', field: 'orderId' }] });
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    // an open order is read from SecuTix every time (a settled one may come from the store)
    const open = await sales.sim.placeOrder(alice.contactNumber, [{ performanceId: 900001, seatCategoryId: 700001, audienceSubCategoryId: 401, quantity: 1 }]);
    await sales.sim.faults(failing('ExternalOrderService.getOrderDetails'));
    try {
      const res = await sales.query(ORDER, { id: String(open.orderId) }, { headers: alices });
      expect(res.data.order).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await sales.sim.faults({});
    }
  });
});
