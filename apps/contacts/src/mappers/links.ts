import { ticketShopLink } from '@stx/secutix-runtime';

export interface AccountLinksModel {
  shopUrl: string;
  lang: string;
  staticPages: { terms?: string; privacy?: string; help?: string; contact?: string };
}

/** The ticket shop's redirect API for account pages (docs/secutix/ticket-shop.md), in the caller's language. */
export function accountLink(model: AccountLinksModel, entry: 'account' | 'accountEdit' | 'accountRegister', params: Record<string, string> = {}): string {
  return ticketShopLink(model.shopUrl, entry, { ...params, lang: model.lang });
}

/** Configured website pages, with `{LANGUAGE}` replaced by the current language (docs/secutix/ticket-shop.md). */
export function staticPage(template: string | undefined, lang: string): string | null {
  return template ? template.split('{LANGUAGE}').join(encodeURIComponent(lang)) : null;
}
