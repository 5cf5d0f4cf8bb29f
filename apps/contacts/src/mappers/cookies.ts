import { isSecutixId, moneyFromThousandths, type Money } from '@stx/domain-rules';
import { canonicalLanguageTag } from '@stx/language';
import { cartSummaryCookieName, contactCookieName } from '@stx/secutix-contract';

export interface VisitorModel {
  displayName: string | null;
  firstName: string | null;
  lastName: string | null;
  language: string | null;
  cart: { quantity: number; total: Money; expiresAt: string | null; orderId: string | null } | null;
}

/**
 * The display part of SecuTix's `stx_contact_<inst>_<channel>_v1` cookie (URL-encoded JSON) and the
 * `stx_cartSummary_<inst>_<channel>` cookie (`qty|amount|currency|expiration|orderId`), per the
 * cookies page. These are for display only: anyone can write a cookie, so none of it is identity.
 */
export function visitorFromCookies(cookies: ReadonlyMap<string, string>, institution: string, channel: string): VisitorModel {
  const contact = readContactCookie(cookies.get(contactCookieName(institution, channel)));
  const first = text(contact?.individualFirstname);
  const last = text(contact?.individualLastname);
  return {
    displayName: text(contact?.nickname) ?? ([first, last].filter(Boolean).join(' ') || null),
    firstName: first,
    lastName: last,
    // anyone can write the cookie: a value that is no language tag is none (Visitor.language is a LanguageCode)
    language: canonicalLanguageTag(text(contact?.lang)) ?? null,
    cart: readCartCookie(cookies.get(cartSummaryCookieName(institution, channel))),
  };
}

function readContactCookie(raw: string | undefined): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(decodeURIComponent(raw)) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readCartCookie(raw: string | undefined): VisitorModel['cart'] {
  if (!raw) return null;
  const [qty, amount, currency, expiration, orderId] = decodeURIComponent(raw).split('|');
  if (!/^\d{1,6}$/.test(qty ?? '') || !/^\d{1,12}(\.\d{1,3})?$/.test(amount ?? '') || !/^[A-Z]{3}$/.test(currency ?? '')) return null;
  const [whole, fraction = ''] = amount.split('.');
  const thousandths = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
  const expires = expiration && !Number.isNaN(Date.parse(expiration)) ? new Date(expiration).toISOString() : null;
  return { quantity: Number(qty), total: moneyFromThousandths(thousandths, currency), expiresAt: expires, orderId: isSecutixId(orderId) ? orderId : null };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : null;
}
