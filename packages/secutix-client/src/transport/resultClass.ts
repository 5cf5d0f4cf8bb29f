import { serviceContracts } from '@stx/secutix-contract';
import type { ServiceDescriptor } from '../services';

/** The result class of an operation in the SecuTix contract; undefined for one it does not list. */
export function resultClassOf(service: ServiceDescriptor, operation: string): string | undefined {
  const contract = service.contract ?? serviceContracts.find((s) => s.name === service.name);
  return contract?.operations[operation]?.result;
}
