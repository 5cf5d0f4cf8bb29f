import { availabilityService } from './availabilityService';
import { catalogService } from './catalogService';
import { contactAuthenticationService } from './contactAuthenticationService';
import { contactInformationService } from './contactInformationService';
import { externalOrderFacade } from './externalOrderFacade';
import { externalOrderHistoryService } from './externalOrderHistoryService';
import { externalOrderService } from './externalOrderService';
import { externalPaymentService } from './externalPaymentService';
import { externalSalesService } from '../distribution/externalSalesService';
import { productionService } from './productionService';
import { shipmentService } from './shipmentService';
import type { ServiceDef } from './OperationDef';

export const services: readonly ServiceDef[] = [catalogService, availabilityService, contactInformationService, contactAuthenticationService, shipmentService, productionService,
  externalOrderFacade, externalOrderService, externalPaymentService, externalOrderHistoryService, externalSalesService];

/** SOAP path: `/<module>/external-remoting/com.secutix.<soapPackage>.<version>.<Service>.webservice`. */
export function soapPath(service: ServiceDef): string {
  return `/${service.module}/external-remoting/com.secutix.${service.soapPackage}.${service.version}.${service.name}.webservice`;
}

/** REST-RPC path prefix: `/<module>/backend-apis/<serviceLowerCamel>/<version>/`. */
export function jsonPathPrefix(service: ServiceDef): string {
  return `/${service.module}/backend-apis/${service.jsonName}/${service.version}/`;
}
