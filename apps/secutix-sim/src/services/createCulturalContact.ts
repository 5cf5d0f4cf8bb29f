import type { NewContact } from '../data/ContactStore';
import type { Params } from '../protocol/normaliseParams';
import { contactData } from './contactData';
import { CONTACT_LANGUAGES, invalid, isEmail, MIN_PASSWORD_LENGTH } from './contactRules';
import type { OperationContext, ResultBody } from './OperationDef';
import { businessError, success } from './results';

type Checked = { ok: true; contact: NewContact } | { ok: false; answer: ResultBody };

/**
 * Creates every contact of the list or none: all entries are checked first. Guests may share an
 * e-mail with anyone; a login is refused when another contact (or an earlier entry) holds it.
 */
export function createCulturalContact(p: Params, ctx: OperationContext): ResultBody {
  const list = (p.contactDataList as Params[] | undefined) ?? [];
  if (list.length === 0) return invalid(ctx, 'contactDataList must hold at least one contact');
  const accepted: NewContact[] = [];
  for (const [i, entry] of list.entries()) {
    const checked = check(entry, i, ctx, accepted);
    if (!checked.ok) return checked.answer;
    accepted.push(checked.contact);
  }
  const created = accepted.map((c) => ctx.contacts.create(c));
  // each entry is a ContactDataResult of its own, with its status
  return success(ctx, { culturalContactData: created.map((c) => ({ statusCode: 'success', statusDetail: 'OK', ...contactData(c) })) });
}

function check(entry: Params, i: number, ctx: OperationContext, accepted: readonly NewContact[]): Checked {
  const refuse = (detail: string): Checked => ({ ok: false, answer: invalid(ctx, `contactDataList[${i}]: ${detail}`) });
  const { email, firstName, lastName, createLogin, password, language = 'fr' } = entry as Record<string, string | boolean | undefined>;
  if (!isEmail(email)) return refuse('email is not a valid e-mail address');
  if (typeof firstName !== 'string' || firstName.trim() === '') return refuse('firstName is required');
  if (typeof lastName !== 'string' || lastName.trim() === '') return refuse('lastName is required');
  if (typeof language !== 'string' || !CONTACT_LANGUAGES.includes(language)) return refuse(`language must be one of ${CONTACT_LANGUAGES.join(', ')}`);
  const normalisedEmail = email.trim().toLowerCase();
  const individualContact = { email: normalisedEmail, individualFirstname: firstName.trim(), individualLastname: lastName.trim(), language };
  if (createLogin !== true) return { ok: true, contact: { individualContact } };
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) return refuse(`a login needs a password of at least ${MIN_PASSWORD_LENGTH} characters`);
  if (ctx.contacts.loginOwner(normalisedEmail) || accepted.some((c) => c.individualContact.login === normalisedEmail)) {
    return { ok: false, answer: businessError(ctx, 'error.contact.loginAlreadyUsed', `contactDataList[${i}]: a contact already holds the login ${normalisedEmail}`) };
  }
  return { ok: true, contact: { individualContact: { login: normalisedEmail, ...individualContact }, password } };
}
