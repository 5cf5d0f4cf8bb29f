import * as contract from '@stx/secutix-contract';
import type { ServiceContract } from '@stx/secutix-contract';

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

export function soapUrl(baseUrl: string, s: ServiceDescriptor): string {
  return `${trimSlash(baseUrl)}/${s.module}/external-remoting/com.secutix.${s.soapPackage}.${s.version}.${s.name}.webservice`;
}

export function jsonUrl(baseUrl: string, s: ServiceDescriptor, operation: string): string {
  return `${trimSlash(baseUrl)}/${s.module}/backend-apis/${s.jsonName}/${s.version}/${operation}`;
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}
