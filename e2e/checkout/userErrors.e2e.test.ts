import { randomUUID } from 'node:crypto';
import { userErrorDomains } from '@stx/errors';
import { getTestRedisUrl, startStack, type Stack, CREATE, loginAs, pickTariff } from '@stx/testing';

const key = () => `key-${randomUUID()}`;
const ADD = `mutation($id: ID!, $input: OrderInput!, $key: String!) { addToOrder(orderId: $id, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } } }`;
const LINES = `query($id: ID!) { order(id: $id) { lines { id quantity seatCategoryId } total { amount } } }`;
const UNKNOWN_ID = '987654321';

/**
 * userErrors point at the input at fault (`items.2.performanceId`) and name what is wrong, and
 * their messages follow the caller's Accept-Language (en, fr, de), over real HTTP through the
 * gateway, against the simulator. SecuTix refuses an order as a whole and says no item: the
 * sales subgraph finds it.
 */
describe('userErrors: the input path and the language', () => {
  let stack: Stack;
  let alice: Record<string, string>;
  let t: Awaited<ReturnType<typeof pickTariff>>;
  let item: (quantity?: number) => Record<string, unknown>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    t = await pickTariff(stack);
    item = (quantity = 1) => ({ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity });
  }, 60_000);
  afterAll(() => stack?.close());

  async function openOrder(): Promise<string> {
    const created = await stack.query(CREATE, { input: { items: [item(1)] }, key: key() }, { headers: alice });
    expect(created.data.createOrder.userErrors).toEqual([]);
    return created.data.createOrder.order.id;
  }

  it('names the third item when its performance is unknown, and changes nothing', async () => {
    const orderId = await openOrder();
    const before = (await stack.query(LINES, { id: orderId }, { headers: alice })).data.order;
    const bad = { ...item(1), performanceId: UNKNOWN_ID };
    const res = await stack.query(ADD, { id: orderId, input: { items: [item(1), item(2), bad] }, key: key() }, { headers: alice });
    expect(res.errors).toBeUndefined();
    expect(res.data.addToOrder.userErrors).toEqual([{ code: 'PERFORMANCE_NOT_FOUND', field: 'items.2.performanceId', message: 'There is no performance with this id.' }]);
    expect((await stack.query(LINES, { id: orderId }, { headers: alice })).data.order).toEqual(before);
  });

  it('names an unknown product of a product item the same way', async () => {
    const res = await stack.query(CREATE, { input: { items: [item(1), { productId: UNKNOWN_ID, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(res.data.createOrder).toEqual({ order: null, userErrors: [{ code: 'PRODUCT_NOT_FOUND', field: 'items.1.productId', message: expect.any(String) }] });
  });

  it('names the item that asks more seats than its category has left', async () => {
    const perf = (await stack.query(`query($id: ID!) { performance(id: $id) { prices { seatCategory { id } audienceSubCategory { id kind } } } }`, { id: t.performanceId })).data.performance;
    const other = perf.prices.find((p: any) => p.seatCategory && p.seatCategory.id !== t.seatCategoryId);
    expect(other).toBeDefined(); // the demo's performances have several categories
    const { remaining } = await stack.sim.sell(t.performanceId, 1, other.seatCategory.id);
    if (remaining > 1) await stack.sim.sell(t.performanceId, remaining - 1, other.seatCategory.id);
    const scarce = { performanceId: t.performanceId, seatCategoryId: other.seatCategory.id, audienceSubCategoryId: other.audienceSubCategory.id, quantity: 3 };
    const res = await stack.query(CREATE, { input: { items: [item(1), scarce] }, key: key() }, { headers: alice });
    expect(res.data.createOrder.userErrors).toEqual([{ code: 'SOLD_OUT', field: 'items.1.quantity', message: expect.any(String) }]);
  });

  it('points at the item field of its own input checks', async () => {
    const res = await stack.query(CREATE, { input: { items: [item(1), { ...item(1), seatCategoryId: 'x' }, item(99)] }, key: key() }, { headers: alice });
    expect(res.data.createOrder.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'items.1.seatCategoryId'],
      ['QUANTITY_LIMIT', 'items.2.quantity'],
    ]);
  });

  it.each([
    ['fr-CH,fr;q=0.9,en;q=0.5', "Aucune représentation n'a cet identifiant."],
    ['de-DE,de;q=0.9', 'Es gibt keine Vorstellung mit dieser ID.'],
    ['en-GB', 'There is no performance with this id.'],
    ['ja', 'There is no performance with this id.'],
  ])('tells the message in the language of Accept-Language %s', async (acceptLanguage, message) => {
    const res = await stack.query(CREATE, { input: { items: [{ ...item(1), performanceId: UNKNOWN_ID }] }, key: key() }, { headers: { ...alice, 'accept-language': acceptLanguage } });
    expect(res.data.createOrder.userErrors).toEqual([{ code: 'PERFORMANCE_NOT_FOUND', field: 'items.0.performanceId', message }]);
  });

  it("renders a replayed answer (same idempotency key) in the replay's language", async () => {
    const same = { input: { items: [item(1), item(500)] }, key: key() };
    const english = await stack.query(CREATE, same, { headers: alice });
    const german = await stack.query(CREATE, same, { headers: { ...alice, 'accept-language': 'de' } });
    expect(english.data.createOrder.userErrors).toEqual([{ code: 'QUANTITY_LIMIT', field: 'items.1.quantity', message: 'A quantity is between 1 and 50.' }]);
    expect(german.data.createOrder.userErrors).toEqual([{ code: 'QUANTITY_LIMIT', field: 'items.1.quantity', message: 'Eine Menge liegt zwischen 1 und 50.' }]);
  });

  it("types codes by the sales domain's enum, which is the registry's list", async () => {
    const res = await stack.query('{ __type(name: "SalesUserErrorCode") { enumValues { name } } }');
    expect(res.data.__type.enumValues.map((v: { name: string }) => v.name)).toEqual([...userErrorDomains.sales]);
  });

  it('refuses a malformed checkout lang as BAD_USER_INPUT, before the order is read', async () => {
    const orderId = await openOrder();
    const reads = await stack.sim.count('ExternalOrderService.getOrderDetails');
    const res = await stack.query(`mutation($id: ID!) { checkout(orderId: $id, lang: "english!") { url userErrors { code } } }`, { id: orderId }, { headers: alice });
    expect([res.status, res.data, res.errors?.[0].extensions]).toEqual([400, undefined, expect.objectContaining({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' })]);
    expect(await stack.sim.count('ExternalOrderService.getOrderDetails')).toBe(reads);
    const fine = await stack.query(`mutation($id: ID!) { checkout(orderId: $id, lang: "DE_ch") { url } }`, { id: orderId }, { headers: alice });
    expect(new URL(fine.data.checkout.url).searchParams.get('lang')).toBe('de');
  });
});
