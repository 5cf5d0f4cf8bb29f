import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** The contact's own fields, directly under ContactDataResult (docs/secutix/contract.md, "Contacts"). */
const CONTACT = {
  contactNumber: 'string', type: 'string', role: 'string', state: 'string', guest: 'boolean', creationDate: 'dateTime',
  individualContact: 'IndividualContact?', addresses: 'Address[]', indicators: 'Indicator[]', contactCriteria: 'ContactCriterion[]',
} as const;

/** ContactInformationPublicService and ContactAuthenticationPublicService v2_21. */
export const contactTypes = {
  ContactDataResult: { ...STATUS, ...CONTACT },
  IndividualContact: {
    login: 'string?', email: 'string', individualTitle: 'string?', individualFirstname: 'string', individualLastname: 'string',
    language: 'string', phoneNumber1: 'string?',
  },
  Address: {
    addressId: 'long', isMain: 'boolean', firstAddressLine: 'string', secondAddressLine: 'string?', zipCode: 'string',
    locality: 'string', countryCode: 'string',
  },
  Indicator: { code: 'string', value: 'boolean' },
  ContactCriterion: { criterionCode: 'string', values: 'string[]' },
  ContactSearchResult: { ...STATUS, contactNumbers: 'string[]' },
  CulturalContactCreationResult: { ...STATUS, culturalContactData: 'ContactDataResult[]' },
  AddressResult: { ...STATUS, address: 'Address?' },
  ContactAuthenticationResult: { ...STATUS, contactNumber: 'string?', identification: 'string?', uniqueToken: 'string?' },
  // requests
  CulturalContactData: { email: 'string', firstName: 'string', lastName: 'string', createLogin: 'boolean', password: 'string?', language: 'string?' },
  ContactAuthenticationData: { login: 'string?', password: 'string?', rememberMe: 'boolean?', uniqueToken: 'string?', pointOfSalesId: 'long?' },
  IndividualContactUpdate: { individualTitle: 'string?', individualFirstname: 'string?', individualLastname: 'string?', language: 'string?', phoneNumber1: 'string?' },
  AddressInput: {
    addressId: 'long?', isMain: 'boolean?', firstAddressLine: 'string', secondAddressLine: 'string?', zipCode: 'string', locality: 'string', countryCode: 'string',
  },
} satisfies Record<string, RecordType>;
