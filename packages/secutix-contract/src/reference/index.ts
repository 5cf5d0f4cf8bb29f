import { availabilityServiceReference } from './availability';
import { externalOrderFacadeReference, externalOrderServiceReference } from './externalOrder';
import { externalPaymentServiceReference } from './externalPayment';
import type { ServiceReference } from './referenceTypes';
import { shipmentPublicServiceReference } from './shipment';

export * from './referenceTypes';

/** every service whose reference pages we could read, by service name */
export const serviceReferences: readonly ServiceReference[] = [
  availabilityServiceReference, externalOrderFacadeReference, externalOrderServiceReference, externalPaymentServiceReference, shipmentPublicServiceReference,
];
