import type { Address, Contact, IndividualContact } from '../data/contactTypes';
import { iso } from '../data/dates';
import { ResultMap } from '../protocol/ResultMap';
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
    contactId: contactId(contact.contactNumber),
    type: 'INDIVIDUAL',
    role: 'PUBLIC',
    state: 'ACTIVE',
    guest: contact.guest,
    creationDate: iso(contact.creationDate),
    // [R: a Map of String to String] where the contact came from: nothing recorded for the demo's contacts [ours]
    createdFrom: new ResultMap(),
    // [R names] no end of validity, no function, no advantage or warning on the demo's contacts [ours: values]
    hasAdvantages: false,
    hasWarning: false,
    individualContact: wants('GENERAL') ? individualData(contact.individualContact) : undefined,
    addresses: wants('ADDRESSES') ? contact.addresses.map(addressData) : [],
    indicators: wants('INDICATORS') ? contact.indicators.map((i) => ({ ...i })) : [],
    contactCriteria: wants('CRITERIA') ? contact.contactCriteria.map((c) => ({ criterionCode: c.criterionCode, values: [...c.values] })) : [],
    // [H name `financialData`; ours: content] the credit the contact can pay with, thousandths
    financialData: wants('FINANCIAL') && financial ? { creditBalance: financial.creditBalance } : undefined,
    // [R] sections the simulator does not model: explicit empty lists, whatever `details` asks
    advantages: [],
    authorizations: [],
    contactConnections: [],
    contactQualities: [],
  };
}

/** [ours] SecuTix's contactId is a number apart from the contact number; the demo's numbers are numeric, so the id is the same digits */
function contactId(contactNumber: string): number {
  return Number(contactNumber);
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

/**
 * An address under both names (contract's Address): the reference's ContactAddressData [R] and the
 * ones our client reads [M], the same values. The main address is the one billed and shipped to;
 * the simulator normalises nothing [ours: values].
 */
export function addressData(a: Address): ResultBody {
  return {
    addressId: a.addressId,
    isMain: a.isMain,
    firstAddressLine: a.firstAddressLine,
    secondAddressLine: a.secondAddressLine,
    zipCode: a.zipCode,
    locality: a.locality,
    countryCode: a.countryCode,
    contactAddressId: a.addressId,
    main: a.isMain,
    street1: a.firstAddressLine,
    street2: a.secondAddressLine,
    town: a.locality,
    formattedAddress: [a.firstAddressLine, a.secondAddressLine, `${a.zipCode} ${a.locality}`, a.countryCode].filter(Boolean).join(', '),
    billingAddress: a.isMain,
    shippingAddress: a.isMain,
    normalizationRating: 'UNKNOWN',
    normalizationState: 'NOT_NORMALIZED',
  };
}
