import { randomUUID } from 'node:crypto';
import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { startStack, type Stack, CREATE, chooseDelivery, loginAs, pickTariff } from '@stx/testing';

const PAY = `mutation($id: ID!, $k: String!, $back: String) { payOrder(orderId: $id, payment: { method: CARD, returnUrl: $back }, idempotencyKey: $k) { paymentUrl userErrors { code } } }`;
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });

/**
 * With TICKET_SHOP_URL pointing at the simulator (as `npm start` does), every ticket-shop link
 * the API generates lands on a page: booking links of products and performances, the cart of an
 * order, the account pages; and the card payment comes back with the order and its outcome.
 */
describe('the demo ticket shop links', () => {
  let simulator: Simulator;
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, latency: 'none' });
    stack = await startStack({ simulator, env: { TICKET_SHOP_URL: simulator.url, GATEWAY_RESPONSE_CACHE_SECONDS: '0', CORS_ORIGINS: 'https://www.example.org,http://localhost:5173' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await simulator?.close();
  });

  /** follows the one redirect of SecuTix's redirect API and returns the landing page */
  async function land(link: string): Promise<{ url: string; status: number; html: string; cookies: string[] }> {
    expect(link.startsWith(`${simulator.url}/api/1/redirect/`)).toBe(true);
    const redirect = await get(link);
    expect(redirect.status).toBe(302);
    const url = new URL(redirect.headers.get('location')!, link).toString();
    const page = await get(url);
    return { url, status: page.status, html: await page.text(), cookies: page.headers.getSetCookie() };
  }

  it('lands the booking links of a product and of its performance on their pages, in the language asked', async () => {
    const t = await pickTariff(stack);
    const res = await stack.query(`query($id: ID!) { product(id: $id) { name(lang: "de") bookingUrl(lang: "de") performances { id bookingUrl(lang: "de") } } }`, { id: t.productId });
    const product = res.data.product;
    const productPage = await land(product.bookingUrl);
    expect(productPage).toMatchObject({ status: 200 });
    expect(productPage.html).toContain('<html lang="de">');
    expect(productPage.html).toContain(`<h1>${product.name}</h1>`);
    const performance = product.performances.find((p: { id: string }) => p.id === t.performanceId);
    const performancePage = await land(performance.bookingUrl);
    expect(performancePage.status).toBe(200);
    expect(performancePage.html).toContain(`${t.amount} EUR`);
  });

  it('links the registration page back to one of the websites only', async () => {
    const res = await stack.query(`{ accountLinks(lang: "en") { registration(callbackUrl: "https://attacker.example/welcome") } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'callbackUrl' });
  });

  it('lands the account links, and the registration page links back to the website', async () => {
    const res = await stack.query(`{ accountLinks(lang: "en") { accountSpace profileEdit registration(callbackUrl: "https://www.example.org/welcome") } }`);
    const { accountSpace, profileEdit, registration } = res.data.accountLinks;
    expect((await land(accountSpace)).html).toContain('<h1>My account</h1>');
    expect((await land(profileEdit)).html).toContain('<h1>Edit my profile</h1>');
    expect((await land(registration)).html).toContain('href="https://www.example.org/welcome"');
  });

  it('shows the cart of an order and rewrites the cart-summary cookie for it', async () => {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 2 }] }, key: `k-${randomUUID()}` }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    const checkout = await stack.query(`mutation($id: ID!) { checkout(orderId: $id, lang: "en") { url userErrors { code } } }`, { id: orderId }, { headers: alice });
    const cart = await land(checkout.data.checkout.url);
    expect(cart.status).toBe(200);
    expect(cart.html).toContain(`<h1>Cart ${orderId}</h1>`);
    const cookie = cart.cookies.find((c) => c.startsWith('stx_cartSummary_DEMO_INTERNET='));
    const value = decodeURIComponent(cookie!.split(';')[0].split('=')[1]);
    expect(value).toMatch(new RegExp(`^2\\|${(2 * Number(t.amount)).toFixed(2).replace('.', '\\.')}\\|EUR\\|[^|]+\\|${orderId}$`));
    const visitor = await stack.query('{ visitor { cart { quantity orderId total { amount } } } }', {}, { headers: { cookie: cookie!.split(';')[0] } });
    expect(visitor.data.visitor.cart).toMatchObject({ quantity: 2, orderId });
  });

  it('sends the buyer back from the payment page with the order id and the outcome', async () => {
    const t = await pickTariff(stack);
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: `k-${randomUUID()}` }, { headers: alice });
    const orderId = created.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, alice); // the card payment settles the order: delivery comes first
    // the payment page sends the buyer back to one of the websites (CORS_ORIGINS) only: no open redirect
    const elsewhere = await stack.query(PAY, { id: orderId, k: `k-${randomUUID()}`, back: 'https://attacker.example/steal?x=1' }, { headers: alice });
    expect(elsewhere.data.payOrder).toMatchObject({ paymentUrl: null, userErrors: [{ code: 'INVALID_INPUT' }] });
    const pay = await stack.query(PAY, { id: orderId, k: `k-${randomUUID()}`, back: 'http://localhost:5173/payment/return?from=shop' }, { headers: alice });
    const cancelled = await fetch(`${pay.data.payOrder.paymentUrl}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(cancelled.status).toBe(303);
    const back = new URL(cancelled.headers.get('location')!);
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ from: 'shop', orderId, outcome: 'cancelled' });
  });

  it('takes a product code in place of the id, as SecuTix’s redirect API does when the id is unknown', async () => {
    const byCode = await get(`${simulator.url}/api/1/redirect/product?code=P000002&lang=en`);
    expect([byCode.status, new URL(byCode.headers.get('location')!, simulator.url).pathname]).toEqual([302, '/shop/product/10002']);
    expect((await get(`${simulator.url}/api/1/redirect/product?code=NO-SUCH-CODE&lang=en`)).status).toBe(400);
  });

  it('answers a link without an id with 400 and an unknown product with 404', async () => {
    expect((await get(`${simulator.url}/api/1/redirect/product?lang=en`)).status).toBe(400);
    const unknown = await get(`${simulator.url}/api/1/redirect/product?id=999999999&lang=en`);
    expect((await get(new URL(unknown.headers.get('location')!, simulator.url).toString())).status).toBe(404);
  });
});
