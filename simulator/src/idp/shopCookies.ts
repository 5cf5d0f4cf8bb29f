import { cartSummaryCookieName, contactCookieName } from '@stx/secutix-contract';
import type { Contact } from '../data/contactTypes';
import { encodeContactCookie, type ContactCookieKeys } from './contactCookie';

/** The shop session the contact cookie announces; SecuTix does not publish its length [ours]. */
const SESSION_MS = 60 * 60_000;
/** The sales channel of the web shop, as the cookie names carry it. */
export const INTERNET_CHANNEL = 'INTERNET';

export interface ShopCookieInput {
  institution: string;
  contact: Contact;
  keys: ContactCookieKeys;
  now: number;
}

/**
 * The Set-Cookie headers SecuTix's shop writes at login (docs/secutix/platform-facts.md#single-sign-on-and-the-shops-cookies). SecuTix sets them on
 * a domain shared with the website; the simulator has no such domain, so they stay on its own
 * origin. Readable by scripts (no HttpOnly): the website is meant to read them.
 */
export function shopCookies({ institution, contact, keys, now }: ShopCookieInput): string[] {
  const person = contact.individualContact;
  const value = encodeContactCookie(
    {
      individualFirstname: person.individualFirstname,
      individualLastname: person.individualLastname,
      lang: person.language,
      expires: new Date(now + SESSION_MS),
      secret: { contactNumber: contact.contactNumber, email: person.email },
    },
    keys,
  );
  return [
    cookie(contactCookieName(institution, INTERNET_CHANNEL), value),
    // qty|amount|currency|expiration|orderId: a fresh login has an empty cart
    cookie(cartSummaryCookieName(institution, INTERNET_CHANNEL), encodeURIComponent('0|0.00|EUR||')),
  ];
}

function cookie(name: string, value: string): string {
  return `${name}=${value}; Path=/; SameSite=Lax`;
}
