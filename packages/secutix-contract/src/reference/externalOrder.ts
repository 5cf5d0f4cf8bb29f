import { page, STATUS_FIELDS, type ServiceReference } from './referenceTypes';

const facadeLatest = { page: page('tnseb', 'ExternalOrderFacade', 'latest'), version: 'v1_33' };
/** the stored copy of the v1_33 page stops after `orderType`; v1_16's lists the same method's remaining parameters */
const facade16 = { page: page('tnseb', 'ExternalOrderFacade', 'v1_16'), version: 'v1_16' };
/** OrderUpdateResult and its classes, identical on the v1_17, v1_19 and v1_23 pages (the v1_33 page's copy is cut off before them) */
const service23 = { page: 'https://mosa.demo-pos.secutix.com/tnseb/apidocs/ExternalOrderService_v1_23.html', version: 'v1_23' };

export const externalOrderFacadeReference: ServiceReference = {
  service: 'ExternalOrderFacade',
  version: 'v1_33',
  operations: {
    createOrUpdateOrder: {
      request: [
        { ...facadeLatest, fields: { requestId: 'Integer', pointOfSalesId: 'Long', orderId: 'Long', fileId: 'Long', orderType: 'enum' } },
        {
          ...facade16,
          fields: {
            purchasersInfo: 'List of ContactData', externalReference: 'String',
            composedProductOperations: 'List of ComposedProductOperationCreationData',
            singleEntryAttributionOperations: 'List of SingleEntryOperationAttributionData',
            simpleProductOperations: 'List of SimpleProductOperationCreationData',
            transportProductOperations: 'List of TransportProductOperationCreationData',
            chargeOperations: 'List of ChargeOperation', origin: 'OrderOriginData', fileContacts: 'List of FileContactData',
            isResumeAllOptionOperations: 'boolean', isResumeAllReservationOperations: 'boolean',
          },
        },
      ],
      result: 'OrderUpdateResult',
    },
  },
  classes: {},
};

export const externalOrderServiceReference: ServiceReference = {
  service: 'ExternalOrderService',
  version: 'v1_33',
  operations: {
    abandonMovements: { request: [{ ...service23, fields: { requestId: 'Integer', orderId: 'Long', movementIds: 'List of Long' } }], result: 'OrderUpdateResult' },
  },
  classes: {
    OrderUpdateResult: { ...service23, fields: { orderUpdateData: 'OrderUpdateData', expectedException: 'boolean', statusMessage: 'String', ...STATUS_FIELDS } },
    OrderUpdateData: {
      ...service23,
      fields: {
        generatedContactQualities: 'Map of String, ContactQuality', generatedContiguities: 'List of ContiguityData', mainOperationId: 'Long',
        movementDataUpdates: 'List of MovementData', operationDataUpdates: 'List of OperationData', orderId: 'Long', orderSecretId: 'String',
        origin: 'OrderOriginData', removeMovementIds: 'List of Long', removeOperationIds: 'List of Long',
      },
    },
    ContactQuality: { ...service23, fields: { audienceCategories: 'List of AudienceCategoryPriceLevel', seasonId: 'Long' } },
    AudienceCategoryPriceLevel: { ...service23, partial: true, fields: { audienceCatId: 'Long', instanceNumber: 'String', mainCategory: 'enum', movementId: 'Long' } },
  },
};
