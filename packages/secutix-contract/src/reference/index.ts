import { availabilityServiceReference } from './availability';
import { catalogServiceReference, setupServiceReference } from './catalog';
import { contactAuthenticationServiceReference, contactInformationServiceReference } from './contact';
import { dataExportServiceReference, externalOrderHistoryServiceReference } from './dataExport';
import { externalOrderFacadeReference, externalOrderServiceReference } from './externalOrder';
import { externalPaymentServiceReference } from './externalPayment';
import { externalSalesServiceReference, productionPublicServiceReference } from './ours';
import type { ServiceReference } from './referenceTypes';
import { shipmentPublicServiceReference } from './shipment';

export * from './referenceTypes';

/** every service the simulator serves, with what its reference pages gave (or why nothing could be read) */
export const serviceReferences: readonly ServiceReference[] = [
  catalogServiceReference, setupServiceReference, availabilityServiceReference, contactInformationServiceReference, contactAuthenticationServiceReference,
  externalOrderFacadeReference, externalOrderServiceReference, externalPaymentServiceReference, externalOrderHistoryServiceReference, dataExportServiceReference,
  shipmentPublicServiceReference, productionPublicServiceReference, externalSalesServiceReference,
];
