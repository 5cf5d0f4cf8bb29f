import { isCountryCode } from '../caller/countryCode';
import { userError, type UserError } from '@stx/errors';

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

const LIMITS = { line1: 100, line2: 100, zipCode: 12, city: 60 } as const;

export function addressErrors(input: PostalAddressInput, prefix = ''): UserError[] {
  const errors: UserError[] = [];
  for (const field of ['line1', 'line2', 'zipCode', 'city'] as const) {
    const value = input[field];
    const required = field !== 'line2';
    if (value == null || !value.trim()) {
      if (required) errors.push(userError('INVALID_INPUT.required', `${prefix}${field}`));
    } else if (value.length > LIMITS[field]) errors.push(userError('INVALID_INPUT.maxLength', `${prefix}${field}`, { max: LIMITS[field] }));
  }
  if (!isCountryCode(input.countryCode)) errors.push(userError('INVALID_INPUT.country', `${prefix}countryCode`));
  return errors;
}
