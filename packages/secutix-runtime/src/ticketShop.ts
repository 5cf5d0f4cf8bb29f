import { institutionTicketShopUrl, ticketShopPath, type TicketShopEntry } from '@stx/secutix-contract';
import { readUrl, type Env } from '@stx/env';

/**
 * The institution's ticket shop (docs/secutix/ticket-shop.md), where booking, cart and account
 * links send a buyer: `TICKET_SHOP_URL`, by default the institution's own shop on SecuTix.
 */
export function readTicketShopUrl(env: Env, institution: string): string {
  return readUrl(env, 'TICKET_SHOP_URL', institutionTicketShopUrl(institution));
}

/** a link into the shop's redirect API: the entry, then its parameters in the order given */
export function ticketShopLink(shopUrl: string, entry: TicketShopEntry, params: Record<string, string>): string {
  return `${shopUrl}${ticketShopPath(entry)}?${new URLSearchParams(params).toString()}`;
}
