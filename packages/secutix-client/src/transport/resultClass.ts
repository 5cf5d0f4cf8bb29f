import { serviceContracts, type ServiceContract } from '@stx/secutix-contract';
import type { ServiceDescriptor } from '../services';

/** The result class of an operation in the SecuTix contract; undefined for one it does not list. */
export function resultClassOf(service: ServiceDescriptor, operation: string): string | undefined {
  return contractOf(service)?.operations[operation]?.result;
}

/** The service's entry in the SecuTix contract: its own, or the one of that name. */
export function contractOf(service: ServiceDescriptor): ServiceContract | undefined {
  return service.contract ?? serviceContracts.find((s) => s.name === service.name);
}
