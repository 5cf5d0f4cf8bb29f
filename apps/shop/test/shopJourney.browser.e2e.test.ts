import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { freePort, startStack, type Stack, launchChromium, eventually } from '@stx/testing';
import { ensureShopBuilt, readShopConfig, serveShop, type ServedShop } from '../src';

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'tmp', 'screenshots', 'shop');

/**
 * The sample shop in Chromium, on its own origin, against the gateway on another: a buyer browses
 * in German, logs in, books, chooses a delivery, pays on SecuTix's hosted page, comes back to
 * tickets with a barcode and a PDF, and finds the order in the history; another signs on with
 * SecuTix and the shop greets them by the name in SecuTix's cookie. Each step is screenshotted
 * under tmp/screenshots/shop.
 */
describe('the sample ticket shop in a browser', () => {
  let simulator: Simulator;
  let stack: Stack;
  let shop: ServedShop;
  let browser: Browser;
  let gatewayUrl: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ensureShopBuilt();
    // every origin on `localhost`, as with npm start: cookies ignore ports, so SecuTix's cookies
    // and the gateway's session reach the gateway from the shop's page
    simulator = await startSimulator({ port: 0, latency: 'none' });
    const simOnLocalhost = `http://localhost:${simulator.port}`;
    const shopPort = await freePort();
    const shopOrigin = `http://localhost:${shopPort}`;
    stack = await startStack({
      simulator,
      sso: true,
      env: { TICKET_SHOP_URL: simOnLocalhost, SAML_IDP_SSO_URL: `${simOnLocalhost}/idp/sso`, CORS_ORIGINS: shopOrigin, GATEWAY_RESPONSE_CACHE_SECONDS: '0' },
    });
    gatewayUrl = `http://localhost:${new URL(stack.gatewayUrl).port}/graphql`;
    shop = await serveShop(readShopConfig({ SHOP_PORT: String(shopPort), SHOP_GATEWAY_URL: gatewayUrl }));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await stack?.close();
    await simulator?.close();
  });

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const failures: string[] = [];
    page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('pageerror', (e) => failures.push(e.message));
    (page as Page & { failures?: string[] }).failures = failures;
    await page.goto(`${shop.url}${path}`);
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('books, pays on the hosted page and shows the tickets, from the shop’s own origin', async () => {
    const context = await browser.newContext({ locale: 'de-CH' });
    const page = await open(context, '/');

    // home page: products in the browser's language, availability colours, "book" only when bookable
    await page.getByTestId('product').first().waitFor();
    await shot(page, '01-home');
    expect(await page.locator('h1').textContent()).toBe('Programm');
    const products = await page.getByTestId('product').evaluateAll((items) =>
      items.map((li) => ({
        state: li.getAttribute('data-state'),
        code: li.querySelector('[data-testid=availability]')?.getAttribute('data-code') ?? null,
        colour: (li.querySelector('[data-testid=availability]') as HTMLElement | null)?.style.background ?? null,
        book: li.querySelector('[data-testid=book]') !== null,
      })),
    );
    expect(products.length).toBeGreaterThan(10);
    for (const p of products) {
      expect(p.book).toBe(p.state === 'ON_SALE' && p.code !== null && p.code !== '3');
      if (p.code) expect(p.colour).toBe({ '1': 'green', '2': 'orange', '3': 'red' }[p.code]);
    }
    expect(products.some((p) => p.book)).toBe(true);
    expect(products.some((p) => !p.book)).toBe(true);

    // a bookable product: its page lists performances and prices; booking asks to log in first
    const bookable = page.getByTestId('product').filter({ has: page.getByTestId('book') }).filter({ has: page.locator('[data-code="1"]') }).and(page.locator('[data-family=SINGLE_ENTRY]')).first();
    const name = await bookable.locator('.name').textContent();
    await bookable.getByTestId('book').click();
    await page.getByTestId('performance').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe(name);
    await shot(page, '02-product');
    const addButton = page.getByTestId('add-to-cart').first();
    const price = await page.getByTestId('price').filter({ has: page.getByTestId('add-to-cart') }).first().locator('.amount').textContent();
    await page.getByTestId('price').filter({ has: page.getByTestId('add-to-cart') }).first().getByLabel('quantity').fill('2');
    await addButton.click();
    await page.waitForURL(/\/login\?next=/);

    // password login (token), back to the product, into the cart
    await page.fill('input[name=email]', 'alice@example.com');
    await page.fill('input[name=password]', 'alice-demo-password');
    await shot(page, '03-login');
    await page.getByTestId('login').click();
    await page.getByTestId('performance').first().waitFor();
    await page.getByTestId('price').filter({ has: page.getByTestId('add-to-cart') }).first().getByLabel('quantity').fill('2');
    await page.getByTestId('add-to-cart').first().click();
    await page.waitForURL(/\/cart$/);
    await page.getByTestId('cart-line').first().waitFor();
    const [amount, currency] = price!.split(' ');
    expect(await page.getByTestId('cart-total').textContent()).toBe(`${(2 * Number(amount)).toFixed(2)} ${currency}`);

    // delivery choice: the order's shipment modes; choosing one is recorded on the order
    const modes = page.getByTestId('delivery').locator('input[type=radio]');
    expect(await modes.count()).toBeGreaterThan(1);
    await modes.first().check();
    await eventually(async () => expect(await modes.first().isChecked()).toBe(true));
    await shot(page, '04-cart');

    // the cart in SecuTix's ticket shop rewrites its cart cookie: the header counts it
    await page.getByTestId('open-ticket-shop').click();
    await page.waitForURL(new RegExp(`^http://localhost:${simulator.port}/shop/cart/`));
    await page.goBack();
    await eventually(async () => expect(await page.getByTestId('cart-count').textContent()).toBe('2'));

    // card payment on SecuTix's hosted page, back to the shop with the order id and outcome
    await page.getByTestId('pay').click();
    await page.waitForURL(new RegExp(`^http://127\\.0\\.0\\.1:${simulator.port}/payment/`));
    await shot(page, '05-payment-page');
    await page.click('#pay');
    await page.waitForURL(/\/orders\/\d+$/);
    await page.getByTestId('ticket').first().waitFor();
    expect(await page.getByTestId('order-state').textContent()).toBe('CLOSED');
    expect(await page.getByTestId('ticket').count()).toBe(2);
    // the barcode image loaded (the browser decoded a PNG) and the PDF link answers a PDF
    await eventually(async () => expect(await page.getByTestId('barcode').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0));
    // both from the gateway's own origin, never the tickets subgraph's port
    const gatewayOrigin = new URL(gatewayUrl).origin;
    expect(new URL((await page.getByTestId('barcode').first().getAttribute('src'))!).origin).toBe(gatewayOrigin);
    expect(new URL((await page.getByTestId('ticket-pdf').first().getAttribute('href'))!).origin).toBe(gatewayOrigin);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ticket-pdf').first().click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, '06-tickets');
    const orderId = page.url().split('/').pop();

    // order history
    await page.getByRole('link', { name: 'Meine Bestellungen' }).click();
    await page.getByTestId('order-row').first().waitFor();
    expect(await page.locator(`[data-testid=order-row][data-order-id="${orderId}"]`).getAttribute('data-state')).toBe('CLOSED');
    await shot(page, '07-orders');
    expect((page as Page & { failures?: string[] }).failures).toEqual([]);
    await context.close();
  }, 90_000);

  it('signs on with SecuTix and greets the visitor by the name in SecuTix’s cookie', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await open(context, '/login');
    await page.getByTestId('saml').click();
    await page.fill('input[name="email"]', 'bob@example.com');
    await page.fill('input[name="password"]', 'bob-demo-password');
    await Promise.all([page.waitForURL(`${shop.url}/`), page.click('#login')]);
    await eventually(async () => expect(await page.getByTestId('visitor-name').textContent()).toBe('Hello, Bob'));
    expect(await page.getByTestId('visitor-name').getAttribute('data-source')).toBe('secutix-cookie');
    // the gateway's session (not a token) is who the API now knows: the history is Bob's
    await page.getByRole('link', { name: 'My orders' }).click();
    await page.locator('h1', { hasText: 'My orders' }).waitFor();
    await shot(page, '08-sso-orders');
    await context.close();
  });
});
