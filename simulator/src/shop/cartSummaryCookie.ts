import { cartSummaryCookieName } from '@stx/secutix-contract';
import type { SimOrder } from '../data/orderTypes';
import { INTERNET_CHANNEL } from '../idp/shopCookies';
import { lineTotal } from '../sales/orderAmounts';
import { formatThousandths } from '../sales/money';
import { CURRENCY_CODE } from '../sales/orderRecords';

/**
 * The `stx_cartSummary_<institution>_<channel>` cookie the ticket shop rewrites on every cart
 * change (docs/secutix/ticket-shop.md): `qty|amount|currency|expiration|orderId`,
 * the amount with a dot and no thousands separator. An order that is no longer open empties it.
 */
export function cartSummaryCookie(institution: string, order: SimOrder): string {
  const open = order.state === 'IN_PROGRESS';
  const live = open ? order.lines.filter((l) => l.state === 'RESERVED') : [];
  const quantity = live.reduce((n, l) => n + l.quantity, 0);
  const amount = live.reduce((n, l) => n + lineTotal(l), 0);
  const value = open ? `${quantity}|${formatThousandths(amount)}|${CURRENCY_CODE}|${new Date(order.expiresAt).toISOString()}|${order.orderId}` : `0|0.00|${CURRENCY_CODE}||`;
  return `${cartSummaryCookieName(institution, INTERNET_CHANNEL)}=${encodeURIComponent(value)}; Path=/; SameSite=Lax`;
}
