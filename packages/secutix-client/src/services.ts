/**
 * The SecuTix services we call, with the facts needed to address them on both transports
 * (API-NOTES §1.3): module, SOAP package, version, and the REST service segment.
 */
export interface ServiceDescriptor {
  name: string;
  module: string;
  soapPackage: string;
  version: string;
  jsonName: string;
  /** operations that change data: never retried, never deduplicated */
  writes: ReadonlySet<string>;
}

export const CatalogServiceDescriptor: ServiceDescriptor = {
  name: 'CatalogService',
  module: 'tnseb',
  soapPackage: 'service.realtime.catalog',
  version: 'v1_33',
  jsonName: 'catalogService',
  writes: new Set(),
};

export const AvailabilityServiceDescriptor: ServiceDescriptor = {
  name: 'AvailabilityService',
  module: 'tnseb',
  soapPackage: 'service.realtime.availability',
  version: 'v1_33',
  jsonName: 'availabilityService',
  writes: new Set(),
};

export const ContactInformationServiceDescriptor: ServiceDescriptor = {
  name: 'ContactInformationPublicService',
  module: 'tnco',
  soapPackage: 'service.contact',
  version: 'v2_21',
  jsonName: 'contactInformationPublicService',
  writes: new Set(['createCulturalContact', 'updateContactData', 'createOrUpdateAddress', 'deleteAddress', 'updateIndicators', 'updateCriteria']),
};

/** `authenticate` is a write: with remember-me it rotates the token, so it must never be replayed */
export const ContactAuthenticationServiceDescriptor: ServiceDescriptor = {
  name: 'ContactAuthenticationPublicService',
  module: 'tnco',
  soapPackage: 'service.contact',
  version: 'v2_21',
  jsonName: 'contactAuthenticationPublicService',
  writes: new Set(['authenticate', 'changePassword']),
};

/** Sales: every order-changing method is a write, never retried or replayed by us. */
export const ExternalOrderFacadeDescriptor: ServiceDescriptor = {
  name: 'ExternalOrderFacade',
  module: 'tnseb',
  soapPackage: 'service.realtime.externalorder',
  version: 'v1_33',
  jsonName: 'externalOrderFacade',
  writes: new Set(['createOrUpdateOrder']),
};

export const ExternalOrderServiceDescriptor: ServiceDescriptor = {
  name: 'ExternalOrderService',
  module: 'tnseb',
  soapPackage: 'service.realtime.externalorder',
  version: 'v1_33',
  jsonName: 'externalOrderService',
  writes: new Set(['closeOrder', 'cancelOperations', 'abandonMovements']),
};

export const ExternalPaymentServiceDescriptor: ServiceDescriptor = {
  name: 'ExternalPaymentService',
  module: 'tnseb',
  soapPackage: 'service.realtime.externalpayment',
  version: 'v1_33',
  jsonName: 'externalPaymentService',
  writes: new Set(['checkPayment', 'cancelPayment']),
};

export const ExternalOrderHistoryServiceDescriptor: ServiceDescriptor = {
  name: 'ExternalOrderHistoryService',
  module: 'tnseb',
  soapPackage: 'service.realtime.history',
  version: 'v1_33',
  jsonName: 'externalOrderHistoryService',
  writes: new Set(),
};

export const ShipmentPublicServiceDescriptor: ServiceDescriptor = {
  name: 'ShipmentPublicService',
  module: 'tnpsb',
  soapPackage: 'facade.shipment',
  version: 'v1_17',
  jsonName: 'shipmentPublicService',
  writes: new Set(['changeShipmentMode']),
};

/** ProductionPublicService's API is undocumented: our stand-in, described in apps/secutix-sim/PROTOCOL.md */
export const ProductionPublicServiceDescriptor: ServiceDescriptor = {
  name: 'ProductionPublicService',
  module: 'tnpsb',
  soapPackage: 'service.production',
  version: 'v1_0',
  jsonName: 'productionPublicService',
  writes: new Set(),
};

export function soapUrl(baseUrl: string, s: ServiceDescriptor): string {
  return `${trimSlash(baseUrl)}/${s.module}/external-remoting/com.secutix.${s.soapPackage}.${s.version}.${s.name}.webservice`;
}

export function jsonUrl(baseUrl: string, s: ServiceDescriptor, operation: string): string {
  return `${trimSlash(baseUrl)}/${s.module}/backend-apis/${s.jsonName}/${s.version}/${operation}`;
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}
