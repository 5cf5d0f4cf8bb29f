/**
 * What makes a postal address acceptable before it reaches SecuTix, for every way one is given
 * (saveMyAddress in contacts, a new address at checkout in shipment): one rule, so an address the
 * account accepts is never refused at checkout, or the other way round. Each failure names its
 * field under `prefix` (`line1`, or `address.line1`).
 */
export interface PostalAddressInput {
  line1: string;
  line2?: string | null;
  zipCode: string;
  city: string;
  countryCode: string;
}

export interface AddressRuleError {
  code: 'INVALID_INPUT';
  field: string;
  message: string;
}

const LIMITS = { line1: 100, line2: 100, zipCode: 12, city: 60 } as const;
const COUNTRY = /^[A-Z]{2}$/;

export function addressErrors(input: PostalAddressInput, prefix = ''): AddressRuleError[] {
  const errors: AddressRuleError[] = [];
  const invalid = (field: string, message: string) => errors.push({ code: 'INVALID_INPUT', field: `${prefix}${field}`, message });
  for (const field of ['line1', 'line2', 'zipCode', 'city'] as const) {
    const value = input[field];
    const required = field !== 'line2';
    if (value == null || !value.trim()) {
      if (required) invalid(field, 'Required.');
    } else if (value.length > LIMITS[field]) invalid(field, `At most ${LIMITS[field]} characters.`);
  }
  if (!COUNTRY.test(input.countryCode)) invalid('countryCode', 'An ISO-3166 code such as "CH".');
  return errors;
}
