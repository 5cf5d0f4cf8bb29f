import type { Address, Contact } from '../data/contactTypes';
import type { Params } from '../protocol/normaliseParams';
import { addressData } from './contactData';
import { invalid } from './contactRules';
import type { OperationContext, ResultBody } from './OperationDef';
import { businessError, success } from './results';

const COUNTRY = /^[A-Za-z]{2}$/;

/**
 * Creates an address (no addressId) or replaces one of the contact's. A contact with addresses
 * always has exactly one main address: the first one becomes main, `isMain: true` moves the
 * flag, `isMain: false` on the main address is ignored (move it by making another one main).
 */
export function createOrUpdateAddress(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const given = p.address as Params | undefined;
  if (!given) return invalid(ctx, 'address is required');
  const { addressId, isMain, firstAddressLine, secondAddressLine, zipCode, locality, countryCode } = given as Record<string, string | number | boolean | undefined>;
  for (const [name, value] of Object.entries({ firstAddressLine, zipCode, locality })) {
    if (typeof value !== 'string' || value.trim() === '') return invalid(ctx, `address.${name} is required`);
  }
  if (typeof countryCode !== 'string' || !COUNTRY.test(countryCode)) return invalid(ctx, 'address.countryCode must be an ISO 3166 two-letter code');
  const existing = addressId === undefined ? undefined : contact.addresses.find((a) => a.addressId === addressId);
  if (addressId !== undefined && !existing) return businessError(ctx, 'error.contact.addressNotFound', `contact ${contact.contactNumber} has no address ${addressId}`);
  const address: Address = {
    addressId: existing?.addressId ?? ctx.contacts.newAddressId(),
    isMain: existing?.isMain ?? contact.addresses.length === 0,
    firstAddressLine: (firstAddressLine as string).trim(),
    secondAddressLine: typeof secondAddressLine === 'string' ? secondAddressLine.trim() : undefined,
    zipCode: (zipCode as string).trim(),
    locality: (locality as string).trim(),
    countryCode: countryCode.toUpperCase(),
  };
  if (existing) contact.addresses[contact.addresses.indexOf(existing)] = address;
  else contact.addresses.push(address);
  if (isMain === true) for (const a of contact.addresses) a.isMain = a === address;
  ctx.contacts.touch(contact);
  return success(ctx, { address: addressData(address) });
}

/** Deleting the main address makes the oldest remaining one main. */
export function deleteAddress(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  if (typeof p.addressId !== 'number') return invalid(ctx, 'addressId is required');
  const index = contact.addresses.findIndex((a) => a.addressId === p.addressId);
  if (index < 0) return businessError(ctx, 'error.contact.addressNotFound', `contact ${contact.contactNumber} has no address ${p.addressId}`);
  const [removed] = contact.addresses.splice(index, 1);
  if (removed.isMain && contact.addresses.length > 0) contact.addresses[0].isMain = true;
  ctx.contacts.touch(contact);
  return success(ctx, {});
}
