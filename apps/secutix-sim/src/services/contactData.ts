import type { Address, Contact, IndividualContact } from '../data/contactTypes';
import { iso } from '../data/dates';
import type { ResultBody } from './OperationDef';

/** The sections the simulator models; `details` empty means all of them. */
const MODELLED = ['GENERAL', 'ADDRESSES', 'INDICATORS', 'CRITERIA', 'FINANCIAL'] as const;
/** Sections SecuTix also accepts (docs/secutix/platform-facts.md#contacts); asked for, they add nothing here. */
const UNMODELLED = ['QUALITIES', 'AUTHORIZATIONS', 'ADVANTAGES', 'COM_MEANS', 'CONNECTIONS', 'INDIVIDUAL_PHOTO', 'INVALIDATED_QUALITIES'];

export function unknownDetails(details: readonly string[]): string[] {
  return details.filter((d) => !(MODELLED as readonly string[]).includes(d) && !UNMODELLED.includes(d));
}

/**
 * A contact's fields as ContactDataResult carries them (getContactData, createCulturalContact).
 * The identity fields are always there; each section's list is filled only when asked for, and
 * is an explicit empty list otherwise. Fresh objects, so the answer never aliases
 * the store (serialisers cache by object identity).
 */
export function contactData(contact: Contact, details: readonly string[] = [], financial?: { creditBalance: number }): ResultBody {
  const wants = (section: (typeof MODELLED)[number]) => details.length === 0 || details.includes(section);
  return {
    contactNumber: contact.contactNumber,
    type: 'INDIVIDUAL',
    role: 'PUBLIC',
    state: 'ACTIVE',
    guest: contact.guest,
    creationDate: iso(contact.creationDate),
    individualContact: wants('GENERAL') ? individualData(contact.individualContact) : undefined,
    addresses: wants('ADDRESSES') ? contact.addresses.map(addressData) : [],
    indicators: wants('INDICATORS') ? contact.indicators.map((i) => ({ ...i })) : [],
    contactCriteria: wants('CRITERIA') ? contact.contactCriteria.map((c) => ({ criterionCode: c.criterionCode, values: [...c.values] })) : [],
    // [H name `financialData`; ours: content] the credit the contact can pay with, thousandths
    financialData: wants('FINANCIAL') && financial ? { creditBalance: financial.creditBalance } : undefined,
  };
}

/** Field order is the contract's order, whatever order fields were set in. */
function individualData(i: IndividualContact): ResultBody {
  return {
    login: i.login,
    email: i.email,
    individualTitle: i.individualTitle,
    individualFirstname: i.individualFirstname,
    individualLastname: i.individualLastname,
    language: i.language,
    phoneNumber1: i.phoneNumber1,
  };
}

export function addressData(a: Address): ResultBody {
  return {
    addressId: a.addressId,
    isMain: a.isMain,
    firstAddressLine: a.firstAddressLine,
    secondAddressLine: a.secondAddressLine,
    zipCode: a.zipCode,
    locality: a.locality,
    countryCode: a.countryCode,
  };
}
