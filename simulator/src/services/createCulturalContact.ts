import type { NewContact } from '../data/ContactStore';
import type { Params } from '../protocol/normaliseParams';
import { ResultMap } from '../protocol/ResultMap';
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
  if (list.length === 1 && list[0].contactNumber !== undefined) return registerGuest(list[0], ctx);
  const accepted: NewContact[] = [];
  for (const [i, entry] of list.entries()) {
    const checked = check(entry, i, ctx, accepted);
    if (!checked.ok) return checked.answer;
    accepted.push(checked.contact);
  }
  const created = accepted.map((c) => ctx.contacts.create(c));
  // each entry is a ContactDataResult of its own, with its status; identifierContactMap [R] ties the caller's identifiers to the new numbers
  const identified = list.flatMap((entry, i) => (typeof entry.identifier === 'number' ? [[entry.identifier, created[i].contactNumber] as const] : []));
  return success(ctx, {
    culturalContactData: created.map((c) => ({ statusCode: 'success', statusDetail: 'OK', ...contactData(c) })),
    identifierContactMap: new ResultMap(identified),
  });
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

/**
 * CulturalContactData with the `contactNumber` [H] of an existing guest and `createLogin`: the
 * guest becomes a registered contact, its e-mail the login [ours: the rule; the guest keeps its
 * number, orders and tickets]. Only a guest, one at a time; the login must be free.
 */
function registerGuest(entry: Params, ctx: OperationContext): ResultBody {
  const contact = typeof entry.contactNumber === 'string' ? ctx.contacts.get(entry.contactNumber) : undefined;
  if (!contact) return businessError(ctx, 'error.contact.notFound', `no contact ${String(entry.contactNumber)}`);
  if (!contact.guest) return businessError(ctx, 'error.contact.alreadyRegistered', `contact ${contact.contactNumber} already has a login`);
  if (entry.createLogin !== true) return invalid(ctx, 'contactDataList[0]: createLogin must be true to register a guest');
  if (typeof entry.password !== 'string' || entry.password.length < MIN_PASSWORD_LENGTH) return invalid(ctx, `contactDataList[0]: a login needs a password of at least ${MIN_PASSWORD_LENGTH} characters`);
  const login = contact.individualContact.email.toLowerCase();
  if (ctx.contacts.loginOwner(login)) return businessError(ctx, 'error.contact.loginAlreadyUsed', `contactDataList[0]: a contact already holds the login ${login}`);
  ctx.contacts.register(contact, entry.password);
  const identified = typeof entry.identifier === 'number' ? [[entry.identifier, contact.contactNumber] as const] : [];
  return success(ctx, { culturalContactData: [contactData(contact)], identifierContactMap: new ResultMap(identified) });
}
