import { getAlpha2Codes } from 'i18n-iso-countries';

/**
 * The country rule: an ISO 3166-1 alpha-2 code in capitals ("CH"), as SecuTix takes it in
 * addresses and shipment destinations (docs/secutix/checkout.md, "Delivery"). Only assigned
 * codes count (the list of i18n-iso-countries, Kosovo's XK included); like BCP 47's region
 * subtags, codes are case-insensitive on the way in (`ch` is `CH`).
 */
const ALPHA_2 = new Set(Object.keys(getAlpha2Codes()));

/** the code in capitals, or undefined when it is no assigned ISO 3166-1 alpha-2 code */
export function canonicalCountryCode(value: string | null | undefined): string | undefined {
  if (value == null || value.length !== 2) return undefined;
  const code = value.toUpperCase();
  return ALPHA_2.has(code) ? code : undefined;
}

/** a country code in its canonical form, as SecuTix takes it (`ch` is not: the CountryCode scalar gives `CH`) */
export function isCountryCode(value: string | null | undefined): value is string {
  return value != null && canonicalCountryCode(value) === value;
}
