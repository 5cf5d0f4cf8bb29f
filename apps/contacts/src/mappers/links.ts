export interface AccountLinksModel {
  shopUrl: string;
  lang: string;
  staticPages: { terms?: string; privacy?: string; help?: string; contact?: string };
}

/** The ticket shop's redirect API for account pages (docs/secutix/ticket-shop.md: /api/1/redirect/account[/edit|/register]). */
export function accountLink(model: AccountLinksModel, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, lang: model.lang });
  return `${model.shopUrl}/api/1/redirect/account${path}?${query.toString()}`;
}

/** Configured website pages, with `{LANGUAGE}` replaced by the current language (docs/secutix/ticket-shop.md). */
export function staticPage(template: string | undefined, lang: string): string | null {
  return template ? template.split('{LANGUAGE}').join(encodeURIComponent(lang)) : null;
}
