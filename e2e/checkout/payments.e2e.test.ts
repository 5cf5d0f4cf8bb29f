import { randomUUID } from 'node:crypto';
import { getTestRedisUrl, startStack, type Stack, CREATE, checkoutCalls, chooseDelivery, loginAs, pickTariff } from '@stx/testing';

const key = () => `key-${randomUUID()}`;
const cents = (amount: string) => Math.round(Number(amount) * 100);
const PAY = `mutation($id: ID!, $p: PaymentInput!, $k: String!) { payOrder(orderId: $id, payment: $p, idempotencyKey: $k) {
  paymentUrl order { state paymentState total { amount } amountDue { amount } } userErrors { code field } } }`;
const CLOSE = `mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state paymentState amountDue { amount } payments { method amount { amount } state } } userErrors { code } } }`;
const VOUCHER = `query($c: String!) { voucher(code: $c) { code balance { amount currencyCode } validUntil } }`;
const CREDIT = `{ me { creditBalance { amount currencyCode } } }`;

/**
 * Paying through the gateway against the simulator: a voucher worth less than the order pays
 * part, credit pays more, the card pays the rest on the hosted page (which closes the order),
 * nothing closes before the delivery is chosen; with the SecuTix calls each step costs.
 */
describe.each(['soap', 'json'] as const)('payments (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;
  let bob: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ transport, redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0', ORDER_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    bob = await loginAs(stack, 'bob@example.com', 'bob-demo-password');
  }, 60_000);
  afterAll(() => stack?.close());

  /** an open order of alice's worth more than 75.00 (voucher 20 + credit 50 + card for the rest) */
  async function bigOrder(): Promise<{ id: string; total: string }> {
    const t = await pickTariff(stack);
    const quantity = Math.floor(7_600 / cents(t.amount)) + 1;
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity }] }, key: key() }, { headers: alice });
    expect(created.data.createOrder.userErrors).toEqual([]);
    return { id: created.data.createOrder.order.id, total: created.data.createOrder.order.total.amount };
  }

  it('reads a voucher\'s balance and the buyer\'s credit, for identified callers, telling nothing of unknown codes', async () => {
    const gift = await stack.query(VOUCHER, { c: 'gift-20' }, { headers: alice });
    expect(gift.data.voucher).toEqual({ code: 'GIFT-20', balance: { amount: '20.00', currencyCode: 'EUR' }, validUntil: '2030-12-31T23:59:59.000Z' });
    const unknown = await stack.query(VOUCHER, { c: 'GIFT-999' }, { headers: alice });
    expect(unknown.data.voucher).toBeNull();
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await stack.query(VOUCHER, { c: 'x' }, { headers: alice })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.query(VOUCHER, { c: 'GIFT-20' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(CREDIT, {}, { headers: alice })).data.me.creditBalance).toEqual({ amount: '50.00', currencyCode: 'EUR' });
    expect((await stack.query(CREDIT, {}, { headers: bob })).data.me.creditBalance).toEqual({ amount: '0.00', currencyCode: 'EUR' });
  });

  it('pays part with a voucher, more with credit, the rest by card once delivery is chosen; the card closes the order', async () => {
    const order = await bigOrder();
    await stack.sim.reset();
    const voucher = await stack.query(PAY, { id: order.id, p: { method: 'GIFT_VOUCHER', voucherCode: 'GIFT-20' }, k: key() }, { headers: alice });
    expect(voucher.data.payOrder).toEqual({ paymentUrl: null, userErrors: [], order: { state: 'OPEN', paymentState: 'PARTIALLY_PAID', total: { amount: order.total }, amountDue: { amount: ((cents(order.total) - 2000) / 100).toFixed(2) } } });
    expect(await checkoutCalls(stack)).toEqual({
      'ExternalOrderService.getOrderDetails': 2, // the order before, and as the payment left it
      'ExternalPaymentService.getVoucherBalance': 1,
      'ExternalPaymentService.checkPayment': 1,
    });
    expect((await stack.query(VOUCHER, { c: 'GIFT-20' }, { headers: alice })).data.voucher.balance.amount).toBe('0.00');

    const credit = await stack.query(PAY, { id: order.id, p: { method: 'CREDIT_BALANCE' }, k: key() }, { headers: alice });
    expect(credit.data.payOrder.userErrors).toEqual([]);
    expect(cents(credit.data.payOrder.order.amountDue.amount)).toBe(cents(order.total) - 7000);
    expect((await stack.query(CREDIT, {}, { headers: alice })).data.me.creditBalance.amount).toBe('0.00');
    expect((await stack.query(PAY, { id: order.id, p: { method: 'CREDIT_BALANCE' }, k: key() }, { headers: alice })).data.payOrder.userErrors).toEqual([{ code: 'NO_CREDIT', field: 'payment.method' }]);

    expect((await stack.query(PAY, { id: order.id, p: { method: 'CARD' }, k: key() }, { headers: alice })).data.payOrder.userErrors).toEqual([{ code: 'DELIVERY_NOT_CHOSEN', field: 'orderId' }]);
    expect((await stack.query(CLOSE, { id: order.id, k: key() }, { headers: alice })).data.closeOrder.userErrors).toEqual([{ code: 'PAYMENT_INCOMPLETE' }]);

    await chooseDelivery(stack, order.id, alice, '503'); // by post: 5.00 more to pay
    const card = await stack.query(PAY, { id: order.id, p: { method: 'CARD' }, k: key() }, { headers: alice });
    expect(card.data.payOrder.userErrors).toEqual([]);
    expect(cents(card.data.payOrder.order.amountDue.amount)).toBe(cents(order.total) - 7000 + 500);
    expect(card.data.payOrder.order.state).toBe('OPEN'); // payOrder never closes
    const page = await fetch(`${card.data.payOrder.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(page.status).toBe(200);

    const closed = await stack.query(CLOSE, { id: order.id, k: key() }, { headers: alice });
    expect(closed.data.closeOrder).toEqual({
      userErrors: [],
      order: {
        state: 'CLOSED', paymentState: 'PAID', amountDue: { amount: '0.00' },
        payments: [
          { method: 'GIFT_VOUCHER', amount: { amount: '20.00' }, state: 'PAID' },
          { method: 'CREDIT_BALANCE', amount: { amount: '50.00' }, state: 'PAID' },
          { method: 'CARD', amount: { amount: ((cents(order.total) - 7000 + 500) / 100).toFixed(2) }, state: 'PAID' },
        ],
      },
    });
  });

  it('closes with vouchers alone once delivery is chosen, and gives a voucher back when the order is cancelled', async () => {
    const order = await bigOrder();
    const early = await stack.query(PAY, { id: order.id, p: { method: 'GIFT_VOUCHER', voucherCode: 'GIFT-100' }, k: key() }, { headers: alice });
    expect(early.data.payOrder.userErrors).toEqual(cents(order.total) <= 10_000 ? [{ code: 'DELIVERY_NOT_CHOSEN', field: 'orderId' }] : []);
    const cancelled = await stack.query(`mutation($id: ID!, $k: String!) { cancelOrder(orderId: $id, idempotencyKey: $k) { order { state payments { state } } userErrors { code } } }`, { id: order.id, k: key() }, { headers: alice });
    expect(cancelled.data.cancelOrder.userErrors).toEqual([]);
    expect((await stack.query(VOUCHER, { c: 'GIFT-100' }, { headers: alice })).data.voucher.balance.amount).toBe('100.00');

    const second = await bigOrder();
    await chooseDelivery(stack, second.id, alice);
    const invalid = await stack.query(PAY, { id: second.id, p: { method: 'GIFT_VOUCHER', voucherCode: 'GIFT-EXPIRED' }, k: key() }, { headers: alice });
    expect(invalid.data.payOrder.userErrors).toEqual([{ code: 'INVALID_VOUCHER', field: 'payment.voucherCode' }]);
    const paid = await stack.query(PAY, { id: second.id, p: { method: 'GIFT_VOUCHER', voucherCode: 'GIFT-100' }, k: key() }, { headers: alice });
    expect(paid.data.payOrder.userErrors).toEqual([]);
    const due = paid.data.payOrder.order.amountDue.amount;
    if (due !== '0.00') return; // an order over 100.00 is not settled by this voucher alone
    const closed = await stack.query(CLOSE, { id: second.id, k: key() }, { headers: alice });
    expect(closed.data.closeOrder.order.state).toBe('CLOSED');
  });
});
