import type { Contact } from '../data/contactTypes';
import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody } from './OperationDef';
import { businessError } from './results';

/** The shop's languages (posConfig languageList). */
export const CONTACT_LANGUAGES: readonly string[] = ['fr', 'en', 'de'];
/** The opt-ins the demo institution defines; SecuTix refuses an indicator it does not know. */
export const INDICATOR_CODES: readonly string[] = ['NEWSLETTER', 'PARTNER_OFFERS', 'SMS'];
export const MIN_PASSWORD_LENGTH = 8;
/** SecuTix documents contactNumber as String(20). */
const CONTACT_NUMBER_MAX = 20;

// Deliberately loose: one @, no spaces, a dot in the domain. SecuTix's own rule is not public.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value.trim());
}

export function invalid(ctx: OperationContext, detail: string): ResultBody {
  return businessError(ctx, 'error.invalidParameter', detail);
}

/**
 * Runs `handle` on the contact named by `p.contactNumber`; a missing or over-long number is a bad
 * parameter, an unknown one `error.contact.notFound`.
 */
export function withContact(handle: (contact: Contact, p: Params, ctx: OperationContext) => ResultBody) {
  return (p: Params, ctx: OperationContext): ResultBody => {
    const number = p.contactNumber;
    if (typeof number !== 'string' || number.length > CONTACT_NUMBER_MAX) return invalid(ctx, `contactNumber is required (at most ${CONTACT_NUMBER_MAX} characters)`);
    const contact = ctx.contacts.get(number.trim());
    if (!contact) return businessError(ctx, 'error.contact.notFound', `no contact ${number}`);
    return handle(contact, p, ctx);
  };
}
