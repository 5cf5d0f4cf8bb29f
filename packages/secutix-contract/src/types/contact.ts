import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/**
 * The contact's own fields, directly under ContactDataResult (docs/secutix/contract.md, "Contacts"):
 * SecuTix's [R: ContactInformationPublicService v2_14/v2_21, whose table is cut after `individualContact`]
 * and ours (`type`, `role`, `state`, `guest`). The sections we do not model are explicit empty lists;
 * the records whose fields no page shows are absent (Java's null).
 */
const CONTACT = {
  contactNumber: 'string', contactId: 'long', type: 'string', role: 'string', state: 'string', guest: 'boolean', creationDate: 'dateTime', createdFrom: 'map<string,string>',
  endValidityDate: 'dateTime?', function: 'string?', hasAdvantages: 'boolean', hasWarning: 'boolean',
  individualContact: 'IndividualContact?', addresses: 'Address[]', indicators: 'Indicator[]', contactCriteria: 'ContactCriterion[]',
  financialData: 'FinancialData?', advantages: 'ContactAdvantageData[]', authorizations: 'AuthorizationData[]', contactConnections: 'ContactConnectionDetailed[]',
  contactQualities: 'GeneratedContactQuality[]', contactFileHistoryCriteria: 'ContactFileHistoryCriteria?', contactOrigin: 'ContactOriginData?',
} as const;

/** ContactInformationPublicService and ContactAuthenticationPublicService v2_21. */
export const contactTypes = {
  ContactDataResult: { ...STATUS, ...CONTACT },
  IndividualContact: {
    login: 'string?', email: 'string', individualTitle: 'string?', individualFirstname: 'string', individualLastname: 'string',
    language: 'string', phoneNumber1: 'string?',
  },
  /**
   * The reference's ContactAddressData [R: v2_7's page, the only one listing it] and, with the same values, the names our
   * client reads [M: one client]: `addressId` is `contactAddressId`, `isMain` `main`, `firstAddressLine`/`secondAddressLine`
   * `street1`/`street2`, `locality` `town`.
   */
  Address: {
    addressId: 'long', isMain: 'boolean', firstAddressLine: 'string', secondAddressLine: 'string?', zipCode: 'string',
    locality: 'string', countryCode: 'string',
    contactAddressId: 'long', main: 'boolean', street1: 'string', street2: 'string?', street3: 'string?', street4: 'string?', town: 'string',
    name: 'string?', formattedAddress: 'string', billingAddress: 'boolean', shippingAddress: 'boolean', normalizationRating: 'string', normalizationState: 'string',
  },
  /** [R: v2_7] `advantageType` PUBLIC, CODE or CONTACT; `availabilityLevel` GOOD, LIMITED or NONE */
  ContactAdvantageData: { advantageId: 'long', advantageType: 'string', availability: 'long', availabilityLevel: 'string' },
  /** [R: v2_7] an opt-in the contact gave or refused */
  AuthorizationData: { allowed: 'boolean', authorizationCode: 'string' },
  /** the reference names these classes without listing their fields on any page we read: always empty or absent here */
  ContactConnectionDetailed: {},
  ContactFileHistoryCriteria: {},
  ContactOriginData: {},
  Indicator: { code: 'string', value: 'boolean' },
  // [H name; ours: content] the credit the contact can pay with, thousandths
  FinancialData: { creditBalance: 'long' },
  ContactCriterion: { criterionCode: 'string', values: 'string[]' },
  ContactSearchResult: { ...STATUS, contactNumbers: 'string[]' },
  /** identifierContactMap [R]: each entry's `identifier` (when given) to the number of the contact made for it */
  CulturalContactCreationResult: { ...STATUS, culturalContactData: 'ContactDataResult[]', identifierContactMap: 'map<long,string>' },
  AddressResult: { ...STATUS, address: 'Address?' },
  ContactAuthenticationResult: { ...STATUS, contactNumber: 'string?', identification: 'string?', uniqueToken: 'string?' },
  // requests
  // with the contactNumber [H] of a guest and createLogin: the guest is registered (docs/secutix/protocol.md)
  // [R: v2_21] identifier: the caller's id of the entry; the status fields are on the page's table too (accepted, ignored)
  CulturalContactData: {
    contactNumber: 'string?', email: 'string?', firstName: 'string?', lastName: 'string?', createLogin: 'boolean', password: 'string?', language: 'string?',
    identifier: 'long?', requestId: 'int?', statusCode: 'string?', statusDetail: 'string?',
  },
  // [R: v2_21, tail from v2_14] the simulator reads login, password, rememberMe, uniqueToken, pointOfSalesId; the rest is accepted and ignored
  ContactAuthenticationData: {
    login: 'string?', password: 'string?', rememberMe: 'boolean?', uniqueToken: 'string?', pointOfSalesId: 'long?',
    contactNumber: 'string?', contactTypeScope: 'string?', guestLogin: 'boolean?', identification: 'string?', identityProvider: 'string?', ignoreGuestLoginCheck: 'boolean?',
    operatorLogin: 'boolean?', providerUserReference: 'string?', socialLogin: 'boolean?', structureContactNumber: 'string?', targetContactNumber: 'string?',
  },
  IndividualContactUpdate: { individualTitle: 'string?', individualFirstname: 'string?', individualLastname: 'string?', language: 'string?', phoneNumber1: 'string?' },
  AddressInput: {
    addressId: 'long?', isMain: 'boolean?', firstAddressLine: 'string', secondAddressLine: 'string?', zipCode: 'string', locality: 'string', countryCode: 'string',
  },
} satisfies Record<string, RecordType>;
