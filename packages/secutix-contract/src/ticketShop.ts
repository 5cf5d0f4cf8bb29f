/**
 * The ticket shop's redirect API (web API v1, docs/secutix/ticket-shop.md): the entries a website
 * links to, each answered by a redirect to the shop's page. One definition for the subgraphs that
 * build the links and the simulator that stands in for the shop.
 */
export const TICKET_SHOP_ENTRIES = {
  product: 'product',
  performance: 'product/performance',
  cart: 'cart',
  account: 'account',
  accountEdit: 'account/edit',
  accountRegister: 'account/register',
} as const;

export type TicketShopEntry = keyof typeof TICKET_SHOP_ENTRIES;

/** where the redirect API answers */
export const TICKET_SHOP_REDIRECT_PREFIX = '/api/1/redirect/';

/** `/api/1/redirect/<entry>` */
export function ticketShopPath(entry: TicketShopEntry): string {
  return `${TICKET_SHOP_REDIRECT_PREFIX}${TICKET_SHOP_ENTRIES[entry]}`;
}

/** an institution's own ticket shop: `https://<institution>.shop.secutix.com` */
export function institutionTicketShopUrl(institution: string): string {
  return `https://${institution.toLowerCase()}.shop.secutix.com`;
}
