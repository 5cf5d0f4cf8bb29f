import { ContactInformationPublicService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { Contact, IndividualContact } from '../data/contactTypes';
import type { Params } from '../protocol/normaliseParams';
import { createOrUpdateAddress, deleteAddress } from './contactAddresses';
import { contactData, unknownDetails } from './contactData';
import { CONTACT_LANGUAGES, INDICATOR_CODES, invalid, isEmail, withContact } from './contactRules';
import { createCulturalContact } from './createCulturalContact';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { success } from './results';

function getContactData(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const details = (p.details as string[] | undefined) ?? [];
  const unknown = unknownDetails(details);
  if (unknown.length > 0) return invalid(ctx, `unknown details: ${unknown.join(', ')}`);
  // the contact's fields sit directly under ContactDataResult, as SecuTix answers (no wrapper)
  return success(ctx, contactData(contact, details, { creditBalance: ctx.wallet.creditBalance(contact.contactNumber) }));
}

function searchContactsByEmail(p: Params, ctx: OperationContext): ResultBody {
  if (!isEmail(p.email)) return invalid(ctx, 'email is not a valid e-mail address');
  return success(ctx, { contactNumbers: ctx.contacts.findByEmail(p.email).map((c) => c.contactNumber) });
}

type EditableField = 'individualTitle' | 'individualFirstname' | 'individualLastname' | 'language' | 'phoneNumber1';
const REQUIRED_NAMES: readonly EditableField[] = ['individualFirstname', 'individualLastname'];

/** Only the fields given change; all are checked before any is applied. "" clears a title or phone. */
function updateContactData(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const given = p.individualContact as Partial<Record<EditableField, string>> | undefined;
  if (!given) return invalid(ctx, 'individualContact is required');
  const changes: Partial<IndividualContact> = {};
  for (const [field, raw] of Object.entries(given) as [EditableField, string | undefined][]) {
    if (raw === undefined) continue;
    const value = raw.trim();
    if (REQUIRED_NAMES.includes(field) && value === '') return invalid(ctx, `individualContact.${field} may not be empty`);
    if (field === 'language' && !CONTACT_LANGUAGES.includes(value)) return invalid(ctx, `individualContact.language must be one of ${CONTACT_LANGUAGES.join(', ')}`);
    changes[field] = value === '' ? undefined : value;
  }
  Object.assign(contact.individualContact, changes);
  ctx.contacts.touch(contact);
  return success(ctx, {});
}

/** Sets the given opt-ins, leaves the others; an unknown code refuses the whole call. */
function updateIndicators(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const given = (p.indicators as Params[] | undefined) ?? [];
  if (given.length === 0) return invalid(ctx, 'indicators must hold at least one indicator');
  for (const { code, value } of given) {
    if (typeof code !== 'string' || !INDICATOR_CODES.includes(code)) return invalid(ctx, `unknown indicator ${String(code ?? '')}; known: ${INDICATOR_CODES.join(', ')}`);
    if (typeof value !== 'boolean') return invalid(ctx, `indicator ${code} needs a value true or false`);
  }
  for (const { code, value } of given as { code: string; value: boolean }[]) {
    const current = contact.indicators.find((i) => i.code === code);
    if (current) current.value = value;
    else contact.indicators.push({ code, value });
  }
  ctx.contacts.touch(contact);
  return success(ctx, {});
}

/** Replaces the values of each criterion given; an empty values list removes the criterion. */
function updateCriteria(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const given = (p.contactCriteria as Params[] | undefined) ?? [];
  if (given.length === 0) return invalid(ctx, 'contactCriteria must hold at least one criterion');
  if (given.some((c) => typeof c.criterionCode !== 'string')) return invalid(ctx, 'every criterion needs a criterionCode');
  for (const { criterionCode, values = [] } of given as { criterionCode: string; values?: string[] }[]) {
    const index = contact.contactCriteria.findIndex((c) => c.criterionCode === criterionCode);
    const next = { criterionCode, values: [...values] };
    if (index < 0) {
      if (values.length > 0) contact.contactCriteria.push(next);
    } else if (values.length === 0) contact.contactCriteria.splice(index, 1);
    else contact.contactCriteria[index] = next;
  }
  ctx.contacts.touch(contact);
  return success(ctx, {});
}

const contactNumber = 'string' as const;

export const contactInformationService: ServiceDef = serviceDef(ContactInformationPublicService, {
  getContactData: { params: { contactNumber, details: 'string[]' }, handle: withContact(getContactData) },
  searchContactsByEmail: { params: { email: 'string' }, handle: searchContactsByEmail },
  createCulturalContact: {
    params: { contactDataList: { list: { contactNumber: 'string', email: 'string', firstName: 'string', lastName: 'string', createLogin: 'boolean', password: 'string', language: 'string', identifier: 'number' } } },
    handle: createCulturalContact,
  },
  updateContactData: {
    params: { contactNumber, individualContact: { object: { individualTitle: 'text', individualFirstname: 'text', individualLastname: 'text', language: 'string', phoneNumber1: 'text' } } },
    handle: withContact(updateContactData),
  },
  createOrUpdateAddress: {
    params: {
      contactNumber,
      address: { object: { addressId: 'number', isMain: 'boolean', firstAddressLine: 'string', secondAddressLine: 'string', zipCode: 'string', locality: 'string', countryCode: 'string' } },
    },
    handle: withContact(createOrUpdateAddress),
  },
  deleteAddress: { params: { contactNumber, addressId: 'number' }, handle: withContact(deleteAddress) },
  updateIndicators: { params: { contactNumber, indicators: { list: { code: 'string', value: 'boolean' } } }, handle: withContact(updateIndicators) },
  updateCriteria: {
    params: { contactNumber, contactCriteria: { list: { criterionCode: 'string', values: 'string[]' } } },
    handle: withContact(updateCriteria),
  },
});
