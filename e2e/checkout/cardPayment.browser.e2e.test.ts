import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { getTestRedisUrl, startStack, type Stack, CREATE, chooseDelivery, loginAs, pickTariff, launchChromium } from '@stx/testing';

const key = () => `key-${randomUUID()}`;
const PAY = `mutation($id: ID!, $k: String!, $back: String) { payOrder(orderId: $id, payment: { method: CARD, returnUrl: $back }, idempotencyKey: $k) { paymentUrl order { paymentState } userErrors { code } } }`;
const CLOSE = `mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state paymentState } userErrors { code } } }`;

/** The full integration journey: the card is paid on SecuTix's hosted page in a real browser. */
describe('card payment on the hosted page', () => {
  let stack: Stack;
  let browser: Browser;
  let alice: Record<string, string>;

  beforeAll(async () => {
    // the payment page sends the buyer back to the gateway's own origin here: one of the websites
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0', CORS_ORIGINS: 'http://127.0.0.1:*' } });
    browser = await launchChromium();
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function openOrder(): Promise<string> {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, alice);
    return orderId;
  }

  it('pays in the browser, which closes the order (the last payment), and shows it in the history', async () => {
    const orderId = await openOrder();
    const back = `${new URL(stack.gatewayUrl).origin}/health`;
    const pay = await stack.query(PAY, { id: orderId, k: key(), back }, { headers: alice });
    expect(pay.data.payOrder.userErrors).toEqual([]);
    const paymentUrl = pay.data.payOrder.paymentUrl;
    expect(paymentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/payment\/\d+$/);

    const notYet = await stack.query(CLOSE, { id: orderId, k: key() }, { headers: alice });
    expect(notYet.data.closeOrder.userErrors).toEqual([{ code: 'PAYMENT_INCOMPLETE' }]);

    const page = await browser.newPage();
    await page.goto(paymentUrl);
    await Promise.all([page.waitForURL((url) => url.pathname === '/health'), page.click('#pay')]);
    await page.close();

    const closed = await stack.query(CLOSE, { id: orderId, k: key() }, { headers: alice });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED', paymentState: 'PAID' }, userErrors: [] });
    const history = await stack.query(`{ me { orders(first: 50) { edges { node { id state } } } } }`, {}, { headers: alice });
    expect(history.data.me.orders.edges.map((e: any) => e.node)).toContainEqual({ id: orderId, state: 'CLOSED' });
  });

  it('leaves the order open and unpaid when the buyer cancels on the payment page', async () => {
    const orderId = await openOrder();
    const pay = await stack.query(PAY, { id: orderId, k: key(), back: null }, { headers: alice });
    const page = await browser.newPage();
    await page.goto(pay.data.payOrder.paymentUrl);
    await page.click('#cancel');
    await page.close();
    const closed = await stack.query(CLOSE, { id: orderId, k: key() }, { headers: alice });
    expect(closed.data.closeOrder.userErrors).toEqual([{ code: 'PAYMENT_INCOMPLETE' }]);
    const order = await stack.query(`query($id: ID!) { order(id: $id) { state paymentState } }`, { id: orderId }, { headers: alice });
    expect(order.data.order).toEqual({ state: 'OPEN', paymentState: 'CANCELLED' });
  });
});
