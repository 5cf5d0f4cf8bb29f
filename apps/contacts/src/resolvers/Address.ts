import { canonicalCountryCode } from '@stx/domain-rules';
import type { AddressResolvers } from '../__generated__/resolvers';

export const Address: AddressResolvers = {
  id: (a) => String(a.addressId),
  isMain: (a) => a.isMain === true,
  line1: (a) => a.firstAddressLine ?? null,
  line2: (a) => a.secondAddressLine ?? null,
  city: (a) => a.locality ?? null,
  // SecuTix's stored value, answered as a CountryCode: one that is no country is none, never a failed address book
  countryCode: (a) => canonicalCountryCode(a.countryCode) ?? null,
};
