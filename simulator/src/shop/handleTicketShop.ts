import type { IncomingMessage, ServerResponse } from 'node:http';
import { TICKET_SHOP_REDIRECT_PREFIX, ticketShopPath } from '@stx/secutix-contract';
import { send, sendRateLimited } from '../http/httpIo';
import type { SimulatorRuntime } from '../http/SimulatorRuntime';
import { lineTotal, saleAmount } from '../sales/orderAmounts';
import { applyExpiry, orderWorld } from '../sales/orderExpiry';
import { formatThousandths } from '../sales/money';
import { CURRENCY_CODE } from '../sales/orderRecords';
import { cartSummaryCookie } from './cartSummaryCookie';
import { shopPageHtml, type ShopPageView } from './shopPageHtml';
import { shopLanguage, textIn } from './shopTexts';

export const TICKET_SHOP_PREFIXES = [TICKET_SHOP_REDIRECT_PREFIX, '/shop/'];

const HTML = 'text/html; charset=utf-8';
const ID = /^\d{1,15}$/;
// The redirect API's entries (docs/secutix/ticket-shop.md) and the simulator's pages they land on.
const REDIRECTS: Record<string, (q: URLSearchParams, runtime: SimulatorRuntime) => string | undefined> = {
  // "id: Product identifier / code: Product code (if the Id is unknown)"
  [ticketShopPath('product')]: (q, runtime) => {
    if (q.get('id') && ID.test(q.get('id')!)) return `/shop/product/${q.get('id')}`;
    const byCode = q.get('code') ? runtime.state.productByCode(q.get('code')!) : undefined;
    return byCode && `/shop/product/${byCode.id}`;
  },
  [ticketShopPath('performance')]: (q) => (q.get('id') && ID.test(q.get('id')!) ? `/shop/performance/${q.get('id')}` : undefined),
  [ticketShopPath('cart')]: (q) => (q.get('orderId') && ID.test(q.get('orderId')!) ? `/shop/cart/${q.get('orderId')}` : undefined),
  [ticketShopPath('account')]: () => '/shop/account',
  [ticketShopPath('accountEdit')]: () => '/shop/account/edit',
  [ticketShopPath('accountRegister')]: () => '/shop/account/register',
};

/**
 * The ticket shop's stand-in, so that no link the gateway generates is dead: SecuTix's redirect
 * API (`/api/1/redirect/...`, 302 to a page, counted against the rate limit as SecuTix counts
 * redirections) and the plain pages it lands on: product, performance, cart (which rewrites the
 * cart-summary cookie, as the real shop does on every cart change) and the account pages.
 */
export async function handleTicketShop(req: IncomingMessage, res: ServerResponse, url: URL, runtime: SimulatorRuntime): Promise<void> {
  if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'the ticket shop answers GET only', { allow: 'GET' });
  const lang = shopLanguage(url.searchParams.get('lang'));
  const redirect = REDIRECTS[url.pathname.replace(/\/$/, '')];
  if (redirect) {
    const decision = runtime.limiter.check('TicketShop.redirect');
    if (!decision.allowed) return sendRateLimited(res, decision.status, decision.retryAfterS);
    const target = redirect(url.searchParams, runtime);
    if (!target) return page(res, 400, { lang, title: 'Bad link', paragraphs: ['This link lacks a valid id, or a known product code.'] });
    const query = new URLSearchParams(url.searchParams);
    query.set('lang', lang);
    return send(res, 302, undefined, '', { location: `${target}?${query.toString()}` });
  }
  const [, , kind, id] = url.pathname.split('/');
  if (kind === 'product' && id && ID.test(id)) return productPage(res, runtime, Number(id), lang);
  if (kind === 'performance' && id && ID.test(id)) return performancePage(res, runtime, Number(id), lang);
  if (kind === 'cart' && id && ID.test(id)) return cartPage(res, runtime, Number(id), lang);
  if (kind === 'account') return accountPage(res, url, id, lang);
  page(res, 404, { lang, title: 'Not found', paragraphs: ['There is no such page in this ticket shop.'] });
}

function productPage(res: ServerResponse, runtime: SimulatorRuntime, id: number, lang: string): void {
  const product = runtime.state.product(id);
  if (!product) return page(res, 404, { lang, title: 'Unknown product', paragraphs: [`There is no product ${id}.`] });
  const performances = product.event?.performances ?? [];
  page(res, 200, {
    lang,
    title: textIn(product.externalName, lang),
    paragraphs: [textIn(product.externalDescription, lang)],
    items: performances.map((p) => ({ text: new Date(p.start).toUTCString(), href: `/shop/performance/${p.id}?lang=${lang}` })),
  });
}

function performancePage(res: ServerResponse, runtime: SimulatorRuntime, id: number, lang: string): void {
  const stock = runtime.state.performance(id);
  const productId = stock?.productId;
  const product = productId === undefined ? undefined : runtime.state.product(productId);
  const performance = runtime.state.catalogPerformance(productId, id);
  if (!product || !performance) return page(res, 404, { lang, title: 'Unknown performance', paragraphs: [`There is no performance ${id}.`] });
  page(res, 200, {
    lang,
    title: `${textIn(product.externalName, lang)}: ${new Date(performance.start).toUTCString()}`,
    items: performance.prices.map((p) => ({ text: `${textIn(performance.seatCategories.find((c) => c.id === p.seatCatId)?.externalName ?? { translations: [] }, lang)} ${formatThousandths(p.amount)} ${CURRENCY_CODE}` })),
    links: [{ text: textIn(product.externalName, lang), href: `/shop/product/${product.id}?lang=${lang}` }],
  });
}

function cartPage(res: ServerResponse, runtime: SimulatorRuntime, orderId: number, lang: string): void {
  const order = runtime.orders.get(orderId);
  if (!order) return page(res, 404, { lang, title: 'Unknown cart', paragraphs: [`There is no order ${orderId}.`] });
  applyExpiry(orderWorld(runtime), order);
  const lines = order.lines.filter((l) => l.state !== 'CANCELLED');
  const view: ShopPageView = {
    lang,
    title: `Cart ${orderId}`,
    paragraphs: [order.state === 'IN_PROGRESS' ? `Total ${formatThousandths(saleAmount(order))} ${CURRENCY_CODE}; held until ${new Date(order.expiresAt).toUTCString()}.` : `This order is ${order.state.toLowerCase().replace('_', ' ')}.`],
    items: lines.map((l) => ({ text: `${l.quantity} × ${textIn(runtime.state.product(l.productId)?.externalName ?? { translations: [] }, lang)}: ${formatThousandths(lineTotal(l))} ${CURRENCY_CODE}` })),
  };
  send(res, 200, HTML, shopPageHtml(view), { 'cache-control': 'no-store', 'set-cookie': cartSummaryCookie(runtime.options.institution, order) });
}

function accountPage(res: ServerResponse, url: URL, section: string | undefined, lang: string): void {
  const callback = url.searchParams.get('callbackUrl');
  const back = callback && /^https?:\/\//.test(callback) ? [{ text: 'Back to the website', href: callback, id: 'callback' }] : [];
  if (section === undefined) return page(res, 200, { lang, title: 'My account', paragraphs: ['Orders, tickets and profile of the signed-in contact.'], links: [{ text: 'Edit my profile', href: `/shop/account/edit?lang=${lang}` }] });
  if (section === 'edit') return page(res, 200, { lang, title: 'Edit my profile', paragraphs: ['Name, addresses and preferences.'], links: [{ text: 'My account', href: `/shop/account?lang=${lang}` }] });
  if (section === 'register') return page(res, 200, { lang, title: 'Create an account', paragraphs: ['Registration form of the ticket shop.'], links: back });
  page(res, 404, { lang, title: 'Not found', paragraphs: ['There is no such account page.'] });
}

function page(res: ServerResponse, status: number, view: ShopPageView): void {
  send(res, status, HTML, shopPageHtml(view), { 'cache-control': 'no-store' });
}
