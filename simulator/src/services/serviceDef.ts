import type { ServiceContract } from '@stx/secutix-contract';
import type { OperationDef, ServiceDef } from './OperationDef';

/** Binds handlers to a service of the contract; an operation the contract lacks is a start-up error. */
export function serviceDef(contract: ServiceContract, operations: Record<string, OperationDef>): ServiceDef {
  for (const name of Object.keys(operations)) {
    if (!contract.operations[name]) throw new Error(`${contract.name}.${name} is not in the SecuTix contract`);
  }
  const { operations: _contractOperations, ...where } = contract;
  return { ...where, contract, operations };
}
