import type { AddressRecord } from '../types/contact';

/** What an address may come as: the reference's ContactAddressData names, ours, or both. */
export type AnswerAddress = Partial<AddressRecord> & {
  contactAddressId?: number;
  main?: boolean;
  street1?: string;
  street2?: string;
  town?: string;
};

/**
 * An address under the names the subgraphs read. SecuTix's published ContactAddressData says
 * `contactAddressId`, `main`, `street1`/`street2`, `town` (docs/secutix/contract.md); the
 * simulator sends those and ours side by side, a real institution may send only SecuTix's, so
 * ours are taken from them when absent.
 */
export function addressRecord(a: AnswerAddress): AddressRecord {
  const { contactAddressId, main, street1, street2, town, ...rest } = a;
  const record: AddressRecord = { ...rest, addressId: Number(a.addressId ?? contactAddressId) };
  const isMain = a.isMain ?? main;
  const firstAddressLine = a.firstAddressLine ?? street1;
  const secondAddressLine = a.secondAddressLine ?? street2;
  const locality = a.locality ?? town;
  if (isMain !== undefined) record.isMain = isMain;
  if (firstAddressLine !== undefined) record.firstAddressLine = firstAddressLine;
  if (secondAddressLine !== undefined) record.secondAddressLine = secondAddressLine;
  if (locality !== undefined) record.locality = locality;
  return record;
}
