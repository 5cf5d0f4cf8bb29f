import { stringScalar } from '../scalars/stringScalar';
import { canonicalCountryCode } from './countryCode';

/** The `CountryCode` scalar: every country of an address, a delivery or a destination, in every subgraph (countryCode.ts says what a code is). */
export const CountryCodeScalar = stringScalar({
  name: 'CountryCode',
  description:
    'An ISO 3166-1 alpha-2 country code such as `CH`. Case does not matter on the way in (`ch` is read as `CH`); answers give capitals. A code that is no assigned country is refused with BAD_USER_INPUT.',
  specifiedByURL: 'https://www.iso.org/iso-3166-country-codes.html',
  canonical: canonicalCountryCode,
  expected: 'an ISO 3166-1 alpha-2 country code such as "CH"',
});
