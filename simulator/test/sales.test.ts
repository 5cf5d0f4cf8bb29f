import { AvailabilityClient, JsonTransport, OrderClient, SecutixCaller, SoapTransport, secutixDefaults, type SecutixConfig } from '@stx/secutix-client';
import type { Simulator } from '../src';
import { loadSimulatorOptionsFromEnv } from '../src';
import { admin, manualClock, startTestSimulator } from './helpers';
import { recordSoapAnswers, schemaViolations } from './soapSchema';

const ALICE = '1000001';
const BOB = '1000002';
const HOLD_MS = 15 * 60_000;

/** the outcome of a client call: 'success' or the SecuTix statusCode it was refused with */
async function outcome(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'success',
    (err: { statusCode?: string; message?: string }) => err.statusCode ?? `thrown: ${err.message}`,
  );
}

/** The sales services through packages/secutix-client's OrderClient, on each transport. */
describe.each(['soap', 'json'] as const)('sales services (%s)', (transport) => {
  let sim: Simulator;
  let orders: OrderClient;
  let availability: AvailabilityClient;
  let recording: ReturnType<typeof recordSoapAnswers>;
  const clock = manualClock(Date.now());

  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now, rateLimits: { enabled: false } as never });
    recording = recordSoapAnswers(sim);
    const config: SecutixConfig = { ...secutixDefaults, baseUrl: sim.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport, readAttempts: 1 };
    const wire = transport === 'json' ? new JsonTransport(config, { now: clock.now }) : new SoapTransport(config);
    const caller = new SecutixCaller(wire, config);
    const pos = () => Promise.resolve(1001);
    orders = new OrderClient(caller, pos);
    availability = new AvailabilityClient(caller, pos);
  });
  afterAll(() => {
    recording.stop();
    return sim.close();
  });
  beforeEach(async () => {
    await admin(sim, 'reset', { data: true });
  });

  /** the first tariff of a product's first performance with at most `maxAmount` thousandths */
  function tariff(productId: number, maxAmount = Infinity) {
    const perf = sim.state.product(productId)!.event!.performances[0];
    const price = perf.prices.find((p) => p.seatCatId !== undefined && p.amount > 0 && p.amount <= maxAmount)!;
    return { performanceId: perf.id, seatCategoryId: price.seatCatId!, audienceSubCategoryId: price.audSubCatId, amount: price.amount };
  }
  const item = (t: ReturnType<typeof tariff>, quantity: number) => ({ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity });
  const seatsLeft = (t: ReturnType<typeof tariff>) => sim.state.performance(t.performanceId)!.categories.get(t.seatCategoryId)!.remaining;

  it('sells a simple product (simpleProductOperations) from its quota: held at once, given back when the line is cancelled', async () => {
    const pass = sim.state.product(10013)!;
    const price = pass.prices![0];
    const before = sim.state.quotaLeft(10013)!;
    const orderId = await orders.createOrUpdateOrder(ALICE, [], undefined, [{ itemId: 10013, audienceSubCategoryId: price.audSubCatId, quantity: 2 }]);
    expect(sim.state.quotaLeft(10013)).toBe(before - 2);
    const details = await orders.getOrderDetails(orderId);
    expect(details.saleAmount).toBe(2 * price.amount);
    expect(details.operationDatas).toEqual([expect.objectContaining({ productId: 10013, quantity: 2, unitPrice: price.amount, kind: 'SIMPLE_PRODUCT' })]);
    expect(details.operationDatas![0].performanceId).toBeUndefined();
    await orders.cancelOperations(orderId, [details.operationDatas![0].operationId]);
    expect(sim.state.quotaLeft(10013)).toBe(before);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [], undefined, [{ itemId: 10001, audienceSubCategoryId: price.audSubCatId, quantity: 1 }]))).toBe('error.invalidParameter');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [], undefined, [{ itemId: 10013, audienceSubCategoryId: price.audSubCatId, quantity: before + 1 }]))).toBe('error.order.availability');
  });

  it('holds the seats of a new order: availability drops at once and the product is reported as updated', async () => {
    const t = tariff(10001);
    const before = seatsLeft(t);
    const [perfBefore] = await availability.getPerformanceAvailability([t.performanceId]);
    const reference = new Date(clock.now()).toISOString();
    clock.advance(1000);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 2)]);
    expect(seatsLeft(t)).toBe(before - 2);
    const [perfAfter] = await availability.getPerformanceAvailability([t.performanceId]);
    expect(perfAfter.availability).toBe(perfBefore.availability - 2);
    expect(await availability.getUpdatedAvailabilities([10001], reference)).toEqual([expect.objectContaining({ productId: 10001 })]);

    const details = await orders.getOrderDetails(orderId);
    expect(details).toMatchObject({
      orderId, orderState: 'IN_PROGRESS', orderType: 'SALE', saleAmount: 2 * t.amount, catalogCurrency: { currencyCode: 'EUR' }, contactReference: ALICE,
      expirationDate: new Date(clock.now() + HOLD_MS).toISOString(),
    });
    expect(details.operationDatas).toEqual([
      expect.objectContaining({ kind: 'SINGLE_ENTRY', productId: 10001, performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, quantity: 2, unitPrice: t.amount, totalAmount: 2 * t.amount, state: 'RESERVED' }),
    ]);

    // adding to the order renews the hold of the whole order
    clock.advance(60_000);
    expect(await orders.createOrUpdateOrder(ALICE, [item(t, 1)], orderId)).toBe(orderId);
    const more = await orders.getOrderDetails(orderId);
    expect(more.operationDatas).toHaveLength(2);
    expect(more.saleAmount).toBe(3 * t.amount);
    expect(more.expirationDate).toBe(new Date(clock.now() + HOLD_MS).toISOString());
    expect(seatsLeft(t)).toBe(before - 3);
  });

  it('refuses more than 10 tickets per performance in one order, holding nothing', async () => {
    const t = tariff(10001);
    const before = seatsLeft(t);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 11)]))).toBe('error.order.quantityLimit');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 6), item(t, 5)]))).toBe('error.order.quantityLimit');
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 6)]);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 5)], orderId))).toBe('error.order.quantityLimit');
    expect(seatsLeft(t)).toBe(before - 6);
  });

  it('refuses a sold-out performance, and a mixed request holds nothing at all', async () => {
    const good = tariff(10001);
    const soldOut = tariff(10004);
    const before = seatsLeft(good);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(soldOut, 1)]))).toBe('error.order.availability');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(good, 2), item(soldOut, 1)]))).toBe('error.order.availability');
    expect(seatsLeft(good)).toBe(before);
    expect((await admin(sim, 'orders')).body).toEqual([]);
  });

  it('refuses unknown prices, products not on sale, unknown contacts and orders, and another point of sales', async () => {
    const t = tariff(10001);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [{ ...item(t, 1), audienceSubCategoryId: 999 }]))).toBe('error.order.priceNotFound');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(tariff(10003), 1)]))).toBe('error.order.notOnSale');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(tariff(10005), 1)]))).toBe('error.order.notOnSale');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [{ ...item(t, 1), performanceId: 123 }]))).toBe('error.invalidParameter');
    expect(await outcome(orders.createOrUpdateOrder('999', [item(t, 1)]))).toBe('error.contact.notFound');
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 1)], 42))).toBe('error.order.notFound');
    expect(await outcome(orders.getOrderDetails(42))).toBe('error.order.notFound');
    const otherPos = new OrderClient((orders as unknown as { caller: SecutixCaller }).caller, () => Promise.resolve(1002));
    expect(await outcome(otherPos.createOrUpdateOrder(ALICE, [item(t, 1)]))).toBe('error.invalidParameter');
  });

  it('expires an order when its hold runs out: seats back, ABANDONED with a past expirationDate, changes refused', async () => {
    const t = tariff(10001);
    const before = seatsLeft(t);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 3)]);
    clock.advance(HOLD_MS - 1);
    expect((await orders.getOrderDetails(orderId)).orderState).toBe('IN_PROGRESS');
    clock.advance(1);
    const expired = await orders.getOrderDetails(orderId);
    expect(expired.orderState).toBe('ABANDONED');
    expect(Date.parse(expired.expirationDate!)).toBeLessThanOrEqual(clock.now());
    expect(expired.operationDatas![0].state).toBe('CANCELLED');
    expect(seatsLeft(t)).toBe(before);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 1)], orderId))).toBe('error.order.expired');
    expect(await outcome(orders.closeOrder(orderId, ALICE, []))).toBe('error.order.expired');
  });

  it('expires an order on demand through the control API', async () => {
    const t = tariff(10001);
    const before = seatsLeft(t);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 2)]);
    expect((await admin(sim, 'orders')).body).toEqual([{ orderId, contactNumber: ALICE, state: 'IN_PROGRESS', saleAmount: 2 * t.amount, expiresAt: new Date(clock.now() + HOLD_MS).toISOString() }]);
    expect(await admin(sim, 'orders/expire', { orderId })).toMatchObject({ status: 200, body: { orderId, state: 'ABANDONED' } });
    expect(seatsLeft(t)).toBe(before);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 1)], orderId))).toBe('error.order.expired');
    expect((await admin(sim, 'orders/expire', { orderId: 42 })).status).toBe(404);
  });

  it('cancels lines and abandons orders, giving their seats back; a given-up order cannot change', async () => {
    const t = tariff(10001);
    const before = seatsLeft(t);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 2), item(t, 3)]);
    const lines = (await orders.getOrderDetails(orderId)).operationDatas!;
    await orders.cancelOperations(orderId, [lines[0].operationId]);
    const after = await orders.getOrderDetails(orderId);
    expect(after.operationDatas!.map((l) => l.state)).toEqual(['CANCELLED', 'RESERVED']);
    expect(after.saleAmount).toBe(3 * t.amount);
    expect(seatsLeft(t)).toBe(before - 3);
    expect(await outcome(orders.cancelOperations(orderId, [123]))).toBe('error.invalidParameter');

    await orders.abandonOrder(orderId);
    const abandoned = await orders.getOrderDetails(orderId);
    expect(abandoned).toMatchObject({ orderState: 'ABANDONED', saleAmount: 0 });
    expect(abandoned.expirationDate).toBeUndefined();
    expect(seatsLeft(t)).toBe(before);
    expect(await outcome(orders.createOrUpdateOrder(ALICE, [item(t, 1)], orderId))).toBe('error.order.notModifiable');
    expect(await outcome(orders.abandonOrder(orderId))).toBe('error.order.notModifiable');
  });

  it('closes with gift vouchers whose balances deplete, and restores them on a data reset', async () => {
    const t = tariff(10010, 20_000);
    const first = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    expect(await outcome(orders.closeOrder(first, ALICE, [{ paymentMethodId: 602, amount: t.amount, paymentIdentifier: 'NOPE-1' }]))).toBe('error.payment.invalidVoucher');
    expect(await outcome(orders.closeOrder(first, ALICE, [{ paymentMethodId: 602, amount: t.amount - 1, paymentIdentifier: 'GIFT-20' }]))).toBe('error.payment.insufficient');
    expect(await outcome(orders.closeOrder(first, ALICE, [{ paymentMethodId: 601, amount: t.amount }]))).toBe('error.invalidParameter');
    await orders.closeOrder(first, ALICE, [{ paymentMethodId: 602, amount: t.amount, paymentIdentifier: 'GIFT-20' }]);
    const closed = await orders.getOrderDetails(first);
    expect(closed).toMatchObject({ orderState: 'CLOSED', saleAmount: t.amount });
    expect(closed.operationDatas![0].state).toBe('SOLD');
    expect(closed.payments).toEqual([expect.objectContaining({ paymentMethodId: 602, amount: t.amount, paymentStatus: 'PAID' })]);
    expect(await outcome(orders.closeOrder(first, ALICE, []))).toBe('error.order.notModifiable');

    // GIFT-20 now holds 20.000 - amount: a second order of the same price no longer fits
    const second = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    const refused = await outcome(orders.closeOrder(second, ALICE, [{ paymentMethodId: 602, amount: t.amount, paymentIdentifier: 'GIFT-20' }]));
    expect(refused).toBe(t.amount * 2 <= 20_000 ? 'success' : 'error.payment.invalidVoucher');
    await admin(sim, 'reset', { data: true });
    const third = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    await orders.closeOrder(third, ALICE, [{ paymentMethodId: 602, amount: t.amount, paymentIdentifier: 'gift-20' }]);
    expect((await orders.getOrderDetails(third)).orderState).toBe('CLOSED');
  });

  it('pays from a credit balance: alice has 50.00, bob none', async () => {
    const t = tariff(10010, 50_000);
    const bobs = await orders.createOrUpdateOrder(BOB, [item(t, 1)]);
    expect(await outcome(orders.closeOrder(bobs, BOB, [{ paymentMethodId: 603, amount: t.amount }]))).toBe('error.payment.insufficient');
    const alices = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    expect(await outcome(orders.closeOrder(alices, BOB, [{ paymentMethodId: 603, amount: t.amount }]))).toBe('error.invalidParameter');
    await orders.closeOrder(alices, ALICE, [{ paymentMethodId: 603, amount: t.amount }]);
    expect((await orders.getOrderDetails(alices)).orderState).toBe('CLOSED');
  });

  it('pays a card on the hosted page, then closes with no further payment', async () => {
    const t = tariff(10001);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 2)]);
    const [payment] = await orders.checkPayment(orderId, [{ paymentMethodId: 601, amount: 2 * t.amount, returnUrl: 'http://shop.example/back?x=1' }]);
    expect(payment).toMatchObject({ paymentMethodId: 601, paymentMethod: { id: 601, code: 'CB', paymentType: 'CREDIT_CARD' }, orderId, isInstallment: false, amount: 2 * t.amount, paymentStatus: 'WAITING', externalUrl: `${sim.url}/payment/${payment.paymentId}` });
    expect(await outcome(orders.closeOrder(orderId, ALICE, []))).toBe('error.payment.insufficient');
    expect(await outcome(orders.checkPayment(orderId, [{ paymentMethodId: 602, amount: 1000 }]))).toBe('error.payment.invalidVoucher'); // no code

    const page = await fetch(payment.externalUrl!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<dd id="order">${orderId}</dd>`);
    expect(html).toMatch(new RegExp(`<dd id="amount">${formatted(2 * t.amount)} EUR</dd>`));
    expect(html).toContain('id="pay"');
    expect(html).toContain('id="cancel"');

    const paid = await fetch(`${payment.externalUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://shop.example/back?x=1&orderId=${orderId}&paymentId=${payment.paymentId}&outcome=paid`);
    expect((await orders.getOrderDetails(orderId)).payments).toEqual([expect.objectContaining({ paymentId: payment.paymentId, paymentStatus: 'PAID' })]);
    const again = await fetch(`${payment.externalUrl}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already paid');

    // the last payment completing closes the order, as the payment widget does
    expect((await orders.getOrderDetails(orderId)).orderState).toBe('CLOSED');
    expect(await outcome(orders.closeOrder(orderId, ALICE, []))).toBe('error.order.notModifiable');
  });

  it('takes several payments on one open order: part by voucher, part by credit, the rest by card', async () => {
    await admin(sim, 'reset', { data: true });
    const t = tariff(10001);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 3)]);
    const total = 3 * t.amount;
    expect(total).toBeGreaterThan(20_000 + 5_000);
    await orders.checkPayment(orderId, [{ paymentMethodId: 602, amount: 20_000, paymentIdentifier: 'gift-20' }]);
    expect(await outcome(orders.checkPayment(orderId, [{ paymentMethodId: 602, amount: 1, paymentIdentifier: 'GIFT-20' }]))).toBe('error.payment.invalidVoucher'); // used up
    expect(await outcome(orders.checkPayment(orderId, [{ paymentMethodId: 602, amount: 1, paymentIdentifier: 'GIFT-EXPIRED' }]))).toBe('error.payment.invalidVoucher');
    expect(await outcome(orders.checkPayment(orderId, [{ paymentMethodId: 603, amount: total }]))).toBe('error.payment.insufficient'); // alice has 50.00
    await orders.checkPayment(orderId, [{ paymentMethodId: 603, amount: 5_000 }]);
    expect(await outcome(orders.checkPayment(orderId, [{ paymentMethodId: 601, amount: total }]))).toBe('error.invalidParameter'); // more than is due
    const open = await orders.getOrderDetails(orderId);
    expect(open).toMatchObject({ orderState: 'IN_PROGRESS', saleAmount: total });
    expect(open.payments?.map((p) => [p.paymentMethod, p.amount, p.paymentStatus])).toEqual([['GIFT_VOUCHER', 20_000, 'PAID'], ['CREDIT_BALANCE', 5_000, 'PAID']]);
    expect((await orders.getVoucherBalance('GIFT-20')).balance).toBe(0);

    const [card] = await orders.checkPayment(orderId, [{ paymentMethodId: 601, amount: total - 25_000 }]);
    await orders.createOrUpdateOrder(ALICE, [item(t, 1)], orderId); // the order grows after the card started
    const changed = await fetch(`${card.externalUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(changed.status).toBe(409);
    expect((await orders.getOrderDetails(orderId)).orderState).toBe('IN_PROGRESS');
    const [rest] = await orders.checkPayment(orderId, [{ paymentMethodId: 601, amount: total + t.amount - 25_000 }]);
    expect((await fetch(`${rest.externalUrl}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(200);
    expect((await orders.getOrderDetails(orderId)).orderState).toBe('CLOSED');
  });

  it('gives vouchers and credit back when an order that used them is given up unsold', async () => {
    await admin(sim, 'reset', { data: true });
    const t = tariff(10001);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    await orders.checkPayment(orderId, [{ paymentMethodId: 602, amount: Math.min(t.amount, 20_000), paymentIdentifier: 'GIFT-20' }]);
    await orders.abandonOrder(orderId);
    expect((await orders.getVoucherBalance('GIFT-20')).balance).toBe(20_000);
    expect((await orders.getOrderDetails(orderId)).payments?.[0].paymentStatus).toBe('REFUNDED');
  });

  it('tells a voucher\'s balance and validity, and nothing about unknown codes', async () => {
    await admin(sim, 'reset', { data: true });
    expect(await orders.getVoucherBalance(' gift-100 ')).toEqual({ voucherCode: 'GIFT-100', balance: 100_000, currencyCode: 'EUR', validUntil: '2030-12-31T23:59:59.000Z' });
    expect((await orders.getVoucherBalance('GIFT-EXPIRED')).validUntil).toBe('2025-01-31T23:59:59.000Z');
    expect(await outcome(orders.getVoucherBalance('GIFT-999'))).toBe('error.payment.invalidVoucher');
  });

  it('leaves the payment CANCELLED_BY_USER when the buyer cancels, and answers unknown payments with 404', async () => {
    const t = tariff(10001);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    const [payment] = await orders.checkPayment(orderId, [{ paymentMethodId: 601, amount: t.amount }]);
    const cancelled = await fetch(`${payment.externalUrl}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.text()).toContain('Payment cancelled');
    const details = await orders.getOrderDetails(orderId);
    expect(details).toMatchObject({ orderState: 'IN_PROGRESS', payments: [expect.objectContaining({ paymentStatus: 'CANCELLED_BY_USER' })] });
    expect(await outcome(orders.closeOrder(orderId, ALICE, []))).toBe('error.payment.insufficient');
    expect((await fetch(`${sim.url}/payment/1`)).status).toBe(404);
    expect((await fetch(`${sim.url}/payment/${payment.paymentId}/pay`)).status).toBe(405);
  });

  it('closes an order of amount zero with no payment', async () => {
    const t = tariff(10001);
    const orderId = await orders.createOrUpdateOrder(ALICE, [item(t, 1)]);
    await orders.cancelOperations(orderId, [(await orders.getOrderDetails(orderId)).operationDatas![0].operationId]);
    await orders.closeOrder(orderId, ALICE, []);
    expect(await orders.getOrderDetails(orderId)).toMatchObject({ orderState: 'CLOSED', saleAmount: 0 });
  });

  it('lists a contact\'s orders newest first, a page at a time, filtered by state', async () => {
    const t = tariff(10010, 20_000);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await orders.createOrUpdateOrder(ALICE, [item(t, 1)]));
      clock.advance(1000);
    }
    await orders.createOrUpdateOrder(BOB, [item(t, 1)]);
    await orders.closeOrder(ids[0], ALICE, [{ paymentMethodId: 602, amount: t.amount, paymentIdentifier: 'GIFT-20' }]);

    const first = await orders.searchOrders(ALICE, { start: 0, size: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.orders.map((o) => o.orderId)).toEqual([ids[2], ids[1]]);
    expect(first.orders[0]).toMatchObject({ orderState: 'IN_PROGRESS', saleAmount: t.amount, currencyCode: 'EUR', creationDateTime: expect.any(String) });
    const second = await orders.searchOrders(ALICE, { start: 2, size: 2 });
    expect(second.orders.map((o) => o.orderId)).toEqual([ids[0]]);
    const closed = await orders.searchOrders(ALICE, { start: 0, size: 10 }, ['CLOSED']);
    expect(closed).toEqual({ totalCount: 1, orders: [expect.objectContaining({ orderId: ids[0], orderState: 'CLOSED' })] });
    expect((await orders.searchOrders(ALICE, { start: 0, size: 0 })).totalCount).toBe(3);
    expect(await orders.searchOrders('1000004', { start: 0, size: 10 })).toEqual({ totalCount: 0, orders: [] });
  });

  // the last test: every SOAP answer the tests above received, successes and refusals, against the served WSDL's schema
  if (transport === 'soap') {
    it('sent every SOAP answer in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
      expect(recording.answers.length).toBeGreaterThan(10);
      expect(await schemaViolations(sim, recording.answers)).toEqual([]);
    });
  }
});

describe('sales settings', () => {
  it('reads the hold duration from SIM_ORDER_HOLD_SECONDS', () => {
    expect(loadSimulatorOptionsFromEnv({ SIM_ORDER_HOLD_SECONDS: '60' })).toEqual({ orderHoldSeconds: 60 });
    expect(() => loadSimulatorOptionsFromEnv({ SIM_ORDER_HOLD_SECONDS: '0' })).toThrow(/SIM_ORDER_HOLD_SECONDS/);
  });

  it('holds for the configured time', async () => {
    const clock = manualClock(Date.now());
    const sim = await startTestSimulator({ now: clock.now, orderHoldSeconds: 60 });
    try {
      const config: SecutixConfig = { ...secutixDefaults, baseUrl: sim.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport: 'json' };
      const orders = new OrderClient(new SecutixCaller(new JsonTransport(config, { now: clock.now }), config), () => Promise.resolve(1001));
      const perf = sim.state.product(10001)!.event!.performances[0];
      const price = perf.prices.find((p) => p.seatCatId !== undefined)!;
      const orderId = await orders.createOrUpdateOrder(ALICE, [{ performanceId: perf.id, seatCategoryId: price.seatCatId!, audienceSubCategoryId: price.audSubCatId, quantity: 1 }]);
      expect((await orders.getOrderDetails(orderId)).expirationDate).toBe(new Date(clock.now() + 60_000).toISOString());
    } finally {
      await sim.close();
    }
  });
});

/** the page's money format, written out independently of src/sales/money.ts */
function formatted(thousandths: number): string {
  const cents = thousandths / 10;
  return Number.isInteger(cents) ? (cents / 100).toFixed(2).replace('.', '\\.') : (thousandths / 1000).toFixed(3).replace('.', '\\.');
}
