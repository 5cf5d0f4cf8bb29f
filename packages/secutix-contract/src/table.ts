import { availabilityTypes } from './types/availability';
import { catalogTypes } from './types/catalog';
import { commonTypes } from './types/common';
import { contactTypes } from './types/contact';
import { fulfilmentTypes } from './types/fulfilment';
import { fileTypes, salesTypes } from './types/sales';
import { setupTypes } from './types/setup';
import { externalSalesTypes } from './types/externalSales';
import type { RecordType, TypeTable } from './typeSpec';

/** Every record type of every service, by name: one name, one shape. */
export const contractTypes: TypeTable = { ...commonTypes, ...catalogTypes, ...availabilityTypes, ...contactTypes, ...salesTypes, ...fileTypes, ...setupTypes, ...externalSalesTypes, ...fulfilmentTypes };

export function recordType(name: string): RecordType {
  const type = contractTypes[name];
  if (!type) throw new Error(`no record type ${name} in the SecuTix contract`);
  return type;
}
