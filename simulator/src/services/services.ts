import { jsonPath, soapPath as contractSoapPath } from '@stx/secutix-contract';
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
import { dataExportService } from './dataExportService';
import { setupService } from './setupService';

export const services: readonly ServiceDef[] = [catalogService, availabilityService, contactInformationService, contactAuthenticationService, shipmentService, productionService,
  externalOrderFacade, externalOrderService, externalPaymentService, externalOrderHistoryService, setupService, dataExportService, externalSalesService];

/** SOAP path: `/<module>/external-remoting/com.secutix.<soapPackage>.<version>.<Service>.webservice`. */
export function soapPath(service: ServiceDef): string {
  return contractSoapPath(service.contract);
}

/** REST-RPC path prefix: `/<module>/backend-apis/<serviceLowerCamel>/<version>/`. */
export function jsonPathPrefix(service: ServiceDef): string {
  return jsonPath(service.contract);
}
