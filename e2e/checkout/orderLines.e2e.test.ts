import { randomUUID } from 'node:crypto';
import { type Stack, CREATE, checkoutCalls, chooseDelivery, payByVoucherAndClose, pickTariff } from '@stx/testing';
import { checkoutStack } from './checkoutStack';

const key = () => `key-${randomUUID()}`;
const LINES = `query($id: ID!) { order(id: $id) { lines {
  quantity product { id name } performance { id name start }
  seatCategory { id name } audienceSubCategory { id name kind } } } }`;

/** Order lines say what was bought, by name and date, in the buyer's language; the names cost no SecuTix call. */
describe.each(['soap', 'json'] as const)('order lines (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    ({ stack, alice } = await checkoutStack(transport));
  }, 60_000);
  afterAll(() => stack?.close());

  it('names the product, performance, seat category and tariff, dated, following Accept-Language', async () => {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 2 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    const catalog = await stack.query(`query($id: ID!) { performance(id: $id) { name(lang: "de") start seatCategories { id name(lang: "de") } prices { audienceSubCategory { id name(lang: "de") } } } }`, { id: t.performanceId });
    const perf = catalog.data.performance;

    await stack.sim.reset();
    const german = await stack.query(LINES, { id: orderId }, { headers: { ...alice, 'accept-language': 'de-CH,de;q=0.9' } });
    expect(german.errors).toBeUndefined();
    const [line] = german.data.order.lines;
    expect(line).toEqual({
      quantity: 2,
      product: { id: t.productId, name: perf.name },
      performance: { id: t.performanceId, name: perf.name, start: perf.start },
      seatCategory: { id: t.seatCategoryId, name: perf.seatCategories.find((c: any) => c.id === t.seatCategoryId).name },
      audienceSubCategory: { id: t.audienceSubCategoryId, name: perf.prices.find((p: any) => p.audienceSubCategory.id === t.audienceSubCategoryId).audienceSubCategory.name, kind: 'FULL' },
    });
    expect(line.seatCategory.name).toMatch(/^Kategorie/);
    expect(await checkoutCalls(stack)).toEqual({ 'ExternalOrderService.getOrderDetails': 1 }); // names come from the catalog snapshot

    const french = await stack.query(LINES, { id: orderId }, { headers: alice });
    expect(french.data.order.lines[0].seatCategory.name).toMatch(/^Catégorie/); // the institution's main language
  });

  it('shows the seats of a seated line once SecuTix assigned them, the same as the tickets', async () => {
    const t = await pickTariff(stack, { maxAmount: 50 });
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 2 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    const SEATS = `query($id: ID!) { order(id: $id) { lines { seats { area block row number } } } }`;
    expect((await stack.query(SEATS, { id: orderId }, { headers: alice })).data.order.lines[0].seats).toEqual([]); // not assigned while open
    await chooseDelivery(stack, orderId, alice);
    expect((await payByVoucherAndClose(stack, orderId, alice)).data.closeOrder.order.state).toBe('CLOSED');
    const closed = await stack.query(`query($id: ID!) { order(id: $id) { lines { seats { area block row number } } tickets { seat { area block row number } } } }`, { id: orderId }, { headers: alice });
    const seats = closed.data.order.lines[0].seats;
    expect(seats).toHaveLength(2);
    for (const seat of seats) expect(seat).toEqual({ area: expect.any(String), block: expect.any(String), row: expect.any(String), number: expect.stringMatching(/^\d+$/) });
    expect(closed.data.order.tickets.map((x: any) => x.seat)).toEqual(seats);
  });
});
