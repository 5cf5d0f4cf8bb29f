import * as contract from '@stx/secutix-contract';
import { joinUrl, jsonPath, soapPath, type ServiceContract } from '@stx/secutix-contract';

/**
 * The SecuTix services we call, with the facts needed to address them on both transports. Built
 * from the SecuTix contract table (@stx/secutix-contract), which the simulator reads too.
 */
export interface ServiceDescriptor {
  name: string;
  module: string;
  soapPackage: string;
  version: string;
  jsonName: string;
  /** operations that change data: never retried, never deduplicated */
  writes: ReadonlySet<string>;
  /** the contract's entry (result classes, types); looked up by name when absent */
  contract?: ServiceContract;
}

export function describeService(service: ServiceContract): ServiceDescriptor {
  const writes = Object.entries(service.operations).filter(([, op]) => op.write).map(([name]) => name);
  const { name, module, soapPackage, version, jsonName } = service;
  return { name, module, soapPackage, version, jsonName, writes: new Set(writes), contract: service };
}

export const CatalogServiceDescriptor = describeService(contract.CatalogService);
export const AvailabilityServiceDescriptor = describeService(contract.AvailabilityService);
export const ContactInformationServiceDescriptor = describeService(contract.ContactInformationPublicService);
/** `authenticate` is a write: with remember-me it rotates the token, so it must never be replayed */
export const ContactAuthenticationServiceDescriptor = describeService(contract.ContactAuthenticationPublicService);
/** Sales: every order-changing method is a write, never retried or replayed by us. */
export const ExternalOrderFacadeDescriptor = describeService(contract.ExternalOrderFacade);
export const ExternalOrderServiceDescriptor = describeService(contract.ExternalOrderService);
export const ExternalPaymentServiceDescriptor = describeService(contract.ExternalPaymentService);
export const ExternalOrderHistoryServiceDescriptor = describeService(contract.ExternalOrderHistoryService);
export const ShipmentPublicServiceDescriptor = describeService(contract.ShipmentPublicService);
/** ProductionPublicService's API is undocumented: our stand-in, described in docs/secutix/protocol.md */
export const ProductionPublicServiceDescriptor = describeService(contract.ProductionPublicService);

export const SetupServiceDescriptor = describeService(contract.SetupService);
export const DataExportServiceDescriptor = describeService(contract.DataExportService);

/** the service's SOAP endpoint at `baseUrl`, by the contract's path rule */
export function soapUrl(baseUrl: string, s: ServiceDescriptor): string {
  return joinUrl(baseUrl, soapPath(s));
}

/** an operation's JSON endpoint at `baseUrl`, by the contract's path rule */
export function jsonUrl(baseUrl: string, s: ServiceDescriptor, operation: string): string {
  return joinUrl(baseUrl, jsonPath(s, operation));
}
