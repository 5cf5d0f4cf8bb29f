import { page, STATUS_FIELDS, type ServiceReference } from './referenceTypes';

const facadeLatest = { page: page('tnseb', 'ExternalOrderFacade', 'latest'), version: 'v1_33' };
/** the stored copy of the v1_33 page stops after `orderType`; v1_16's lists the same method's remaining parameters */
const facade16 = { page: page('tnseb', 'ExternalOrderFacade', 'v1_16'), version: 'v1_16' };
/** OrderUpdateResult and its classes, identical on the v1_17, v1_19 and v1_23 pages (the v1_33 page's copy is cut off before them) */
const service23 = { page: 'https://mosa.demo-pos.secutix.com/tnseb/apidocs/ExternalOrderService_v1_23.html', version: 'v1_23' };
/** v1_27 and v1_33's copies add OrderUpdateData.catalogCurrency and give CurrencyCash and Cash (v1_33's stops inside CurrencyCash) */
const service27 = { page: page('tnseb', 'ExternalOrderService', 'v1_27'), version: 'v1_27' };
const serviceLatest = { page: page('tnseb', 'ExternalOrderService', 'latest'), version: 'v1_33' };

const ORDER_PAGES_STOP = 'every stored copy of ExternalOrderService (v1_11 to v1_33) stops inside abandonMovements, the first method';
const FILE_METHODS = `${ORDER_PAGES_STOP}; the file methods' names are those integrations call, their fields ours`;

export const externalOrderFacadeReference: ServiceReference = {
  service: 'ExternalOrderFacade',
  version: 'v1_33',
  endpoint: { ...facadeLatest, module: 'tnseb', soapPackage: 'service.realtime.externalorder' },
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
  endpoint: { ...serviceLatest, module: 'tnseb', soapPackage: 'service.realtime.externalorder' },
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
      more: [{ ...serviceLatest, fields: { catalogCurrency: 'CurrencyCash' } }],
    },
    CurrencyCash: { ...service27, fields: { availableCash: 'List of Cash', currencyCode: 'String', fractionDigit: 'Integer', minAmount: 'Integer', symbol: 'String' } },
    // `unitAmoung` [sic]: the page's spelling, so the element's
    Cash: { ...service27, fields: { quantity: 'Integer', type: 'enum', unitAmoung: 'Integer' } },
    ContactQuality: { ...service23, fields: { audienceCategories: 'List of AudienceCategoryPriceLevel', seasonId: 'Long' } },
    AudienceCategoryPriceLevel: { ...service23, partial: true, fields: { audienceCatId: 'Long', instanceNumber: 'String', mainCategory: 'enum', movementId: 'Long' } },
  },
  guesses: {
    getOrderDetails: {
      kind: 'unread',
      result: 'OrderDetailResult',
      why: `${ORDER_PAGES_STOP}; OrderDetailsData's fields are those a SecuTix order webhook example and integrations show`,
    },
    cancelOperations: { kind: 'unread', result: 'OrderUpdateResult', why: `${ORDER_PAGES_STOP}; the result is abandonMovements' OrderUpdateResult` },
    closeOrder: { kind: 'unread', result: 'CloseOrderResult', why: `${ORDER_PAGES_STOP}; SecuTix's order guide closes an order with the payments, past the stored part` },
    getFileDetails: { kind: 'unread', result: 'FileDetailResult', why: FILE_METHODS },
    getFileDetailsFromOrderSecretId: { kind: 'unread', result: 'FileDetailResult', why: FILE_METHODS },
    uploadFileAttachment: { kind: 'unread', result: 'WebMethodResult', why: FILE_METHODS },
    getFileAttachment: { kind: 'unread', result: 'PrintableFileAttachmentResult', why: FILE_METHODS },
    deleteFileAttachment: { kind: 'unread', result: 'WebMethodResult', why: FILE_METHODS },
    updateExternalReferences: { kind: 'unread', result: 'WebMethodResult', why: FILE_METHODS },
    getExternalReference: { kind: 'unread', result: 'ExternalReferenceResult', why: FILE_METHODS },
    updateFileStatus: { kind: 'unread', result: 'WebMethodResult', why: FILE_METHODS },
  },
};
