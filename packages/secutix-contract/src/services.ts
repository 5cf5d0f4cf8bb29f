import type { RecordType } from './typeSpec';

export interface OperationContract {
  /** the parameters, unqualified children of the operation element in SOAP, the body's keys in JSON */
  request: RecordType;
  /** the result class: the unqualified child of `<op>Response` in SOAP, and the type of the JSON body */
  result: string;
  /** changes data: never retried or replayed by a client */
  write?: boolean;
  /** answers that can run to hundreds of megabytes (a client should stream them) */
  large?: boolean;
}

/** Where a SecuTix service lives and what it offers (docs/secutix/contract.md). */
export interface ServiceContract {
  name: string;
  /** first path segment: `tnseb`, `tnco`, `tnpsb` */
  module: string;
  /** `<kind>.<pkg>` in `com.secutix.<kind>.<pkg>.<version>.<Service>.webservice` */
  soapPackage: string;
  version: string;
  /** SOAP namespace, spelled per service: SecuTix writes some with a trailing slash, some without */
  namespace: string;
  /** the REST-RPC service segment */
  jsonName: string;
  operations: Readonly<Record<string, OperationContract>>;
}

const none = {};
const pos = { pointOfSalesId: 'long' };

export const CatalogService: ServiceContract = {
  name: 'CatalogService', module: 'tnseb', soapPackage: 'service.realtime.catalog', version: 'v1_33',
  namespace: 'http://v1_33.CatalogService.service.secutix.com', jsonName: 'catalogService',
  operations: {
    isCatalogServiceAlive: { request: none, result: 'WebMethodResult' },
    getPOSConfig: { request: none, result: 'POSConfigResult' },
    getLastSetupUpdate: { request: none, result: 'LastSetupUpdateResult' },
    // seasonCode, productCode [R: v1_18's page; seasonCode in SecuTix's v1_33 season ticket guide]; scope [ours]
    getCatalogDetailed: { request: { requestId: 'int?', seasonCode: 'string?', productCode: 'string?', scope: 'string?' }, result: 'CatalogResultDetailed', large: true },
  },
};

export const AvailabilityService: ServiceContract = {
  name: 'AvailabilityService', module: 'tnseb', soapPackage: 'service.realtime.availability', version: 'v1_33',
  namespace: 'http://v1_33.AvailabilityService.service.secutix.com', jsonName: 'availabilityService',
  operations: {
    getProductAvailability: { request: { ...pos, productIds: 'long[]' }, result: 'ProductAvailabilityResult' },
    // composedProductId [H: SecuTix's season ticket availability guide]: a season ticket's product id
    getPerformanceAvailability: { request: { ...pos, performanceIds: 'long[]', composedProductId: 'long?' }, result: 'PerformanceAvailabilityResult' },
    getEventAvailability: {
      request: { requestId: 'int?', ...pos, eventIds: 'long[]', performanceIds: 'long[]', seatCategoryIds: 'long[]', contingentIds: 'long[]', composedProductId: 'long?', advantageId: 'long?' },
      result: 'EventAvailabilityResult',
    },
    getSeatsAvailability: { request: { ...pos, performanceId: 'long', seatCategoryId: 'long?', composedProductId: 'long?' }, result: 'SeatsAvailabilityResult' },
    getUpdatedAvailabilities: { request: { ...pos, productIds: 'long[]', referenceDate: 'dateTime' }, result: 'UpdatedAvailabilitiesResult' },
  },
};

export const ContactInformationPublicService: ServiceContract = {
  name: 'ContactInformationPublicService', module: 'tnco', soapPackage: 'service.contact', version: 'v2_21',
  namespace: 'http://v2_21.ContactInformationPublicService.service.secutix.com/', jsonName: 'contactInformationPublicService',
  operations: {
    getContactData: { request: { contactNumber: 'string', details: 'string[]' }, result: 'ContactDataResult' },
    searchContactsByEmail: { request: { email: 'string' }, result: 'ContactSearchResult' },
    createCulturalContact: { request: { contactDataList: 'CulturalContactData[]' }, result: 'CulturalContactCreationResult', write: true },
    updateContactData: { request: { contactNumber: 'string', individualContact: 'IndividualContactUpdate' }, result: 'WebMethodResult', write: true },
    createOrUpdateAddress: { request: { contactNumber: 'string', address: 'AddressInput' }, result: 'AddressResult', write: true },
    deleteAddress: { request: { contactNumber: 'string', addressId: 'long' }, result: 'WebMethodResult', write: true },
    updateIndicators: { request: { contactNumber: 'string', indicators: 'Indicator[]' }, result: 'WebMethodResult', write: true },
    updateCriteria: { request: { contactNumber: 'string', contactCriteria: 'ContactCriterion[]' }, result: 'WebMethodResult', write: true },
  },
};

/** `authenticate` is a write: with remember-me it rotates the token, so it must never be replayed */
export const ContactAuthenticationPublicService: ServiceContract = {
  name: 'ContactAuthenticationPublicService', module: 'tnco', soapPackage: 'service.contact', version: 'v2_21',
  namespace: 'http://v2_21.ContactAuthenticationPublicService.service.secutix.com/', jsonName: 'contactAuthenticationPublicService',
  operations: {
    authenticate: { request: { contactAuthenticationData: 'ContactAuthenticationData' }, result: 'ContactAuthenticationResult', write: true },
    changePassword: { request: { contactNumber: 'string', currentPassword: 'string', newPassword: 'string' }, result: 'WebMethodResult', write: true },
  },
};

export const ExternalOrderFacade: ServiceContract = {
  name: 'ExternalOrderFacade', module: 'tnseb', soapPackage: 'service.realtime.externalorder', version: 'v1_33',
  namespace: 'http://v1_33.ExternalOrderFacade.service.secutix.com', jsonName: 'externalOrderFacade',
  operations: {
    createOrUpdateOrder: {
      request: {
        requestId: 'int?', ...pos, orderId: 'long?', fileId: 'long?', orderType: 'string?', purchasersInfo: 'PurchaserInfo[]', externalReference: 'string?',
        composedProductOperations: 'ComposedProductOperation[]', singleEntryAttributionOperations: 'SingleEntryAttributionOperation[]',
        simpleProductOperations: 'SimpleProductOperation[]', transportProductOperations: 'TransportProductOperation[]', chargeOperations: 'ChargeOperation[]',
        origin: 'OrderOriginData?', fileContacts: 'FileContact[]', isResumeAllOptionOperations: 'boolean?', isResumeAllReservationOperations: 'boolean?',
      },
      result: 'OrderUpdateResult',
      write: true,
    },
  },
};

export const ExternalOrderService: ServiceContract = {
  name: 'ExternalOrderService', module: 'tnseb', soapPackage: 'service.realtime.externalorder', version: 'v1_33',
  namespace: 'http://v1_33.ExternalOrderService.service.secutix.com', jsonName: 'externalOrderService',
  operations: {
    getOrderDetails: { request: { orderId: 'long' }, result: 'OrderDetailResult' },
    cancelOperations: { request: { orderId: 'long', operationIds: 'long[]', movementIds: 'long[]' }, result: 'OrderUpdateResult', write: true },
    abandonMovements: { request: { requestId: 'int?', orderId: 'long', movementIds: 'long[]' }, result: 'OrderUpdateResult', write: true },
    closeOrder: { request: { orderId: 'long', purchaserInfo: 'PurchaserInfo?', payments: 'ClosePayment[]' }, result: 'CloseOrderResult', write: true },
    getFileDetails: { request: { fileId: 'long' }, result: 'FileDetailResult' },
    getFileDetailsFromOrderSecretId: { request: { orderSecretId: 'string' }, result: 'FileDetailResult' },
    uploadFileAttachment: {
      request: { fileId: 'long', printableFileAttachmentData: 'PrintableFileAttachmentData', contactReference: 'string?' }, result: 'WebMethodResult', write: true,
    },
    getFileAttachment: { request: { fileAttachmentId: 'long', contactReference: 'string?' }, result: 'PrintableFileAttachmentResult' },
    deleteFileAttachment: { request: { fileAttachmentId: 'long', contactReference: 'string?' }, result: 'WebMethodResult', write: true },
    updateExternalReferences: { request: { id: 'long', externalReferenceKind: 'string', externalReference: 'KeyValue' }, result: 'WebMethodResult', write: true },
    getExternalReference: { request: { id: 'long', externalReferenceKind: 'string' }, result: 'ExternalReferenceResult' },
    updateFileStatus: { request: { fileId: 'long', fileStatusIC: 'string' }, result: 'WebMethodResult', write: true },
  },
};

export const ExternalPaymentService: ServiceContract = {
  name: 'ExternalPaymentService', module: 'tnseb', soapPackage: 'service.realtime.externalpayment', version: 'v1_33',
  namespace: 'http://v1_33.ExternalPaymentService.service.secutix.com', jsonName: 'externalPaymentService',
  operations: {
    checkPayment: { request: { requestId: 'int?', orderId: 'long', payments: 'CheckPaymentInfo[]' }, result: 'PaymentDetailResult', write: true },
    // [ours] SecuTix publishes no voucher balance method (docs/secutix/protocol.md)
    getVoucherBalance: { request: { voucherCode: 'string' }, result: 'VoucherBalanceResult' },
  },
};

export const ExternalOrderHistoryService: ServiceContract = {
  name: 'ExternalOrderHistoryService', module: 'tnseb', soapPackage: 'service.realtime.history', version: 'v1_33',
  namespace: 'http://v1_33.ExternalOrderHistoryService.service.secutix.com', jsonName: 'externalOrderHistoryService',
  operations: {
    searchOrders: { request: { contactReference: 'string', orderStates: 'string[]', paginationParameter: 'PaginationParameter?' }, result: 'OrderSearchResult' },
    listTicketsByCriteria: { request: { ticketFilterCriteria: 'TicketFilterCriteria', paginationParameter: 'PaginationParameter?' }, result: 'ListTicketsResult' },
  },
};

/** SetupService's read methods: served in CatalogService's package [R: SetupService v1_20's page]; version and namespace ours. */
export const SetupService: ServiceContract = {
  name: 'SetupService', module: 'tnseb', soapPackage: 'service.realtime.catalog', version: 'v1_33',
  namespace: 'http://v1_33.SetupService.service.secutix.com', jsonName: 'setupService',
  operations: {
    listSeasons: { request: none, result: 'SeasonsResult' },
    searchProductsByCriteria: {
      request: { searchProductsCriteria: 'SearchProductsCriteria?', granularity: 'string?', minIndex: 'int?', nbMaxResults: 'int?' }, result: 'ProductsResult',
    },
    listAudienceSubCategories: { request: { seasonId: 'long' }, result: 'AudienceSubCategoriesResult' },
    listPriceLevels: { request: { seasonId: 'long' }, result: 'PriceLevelsResult' },
    listVatCodes: { request: none, result: 'VatCodesResult' },
  },
};

/** Predefined export queries; `executeExport` may answer `in_progress` (call again with its requestId). */
export const DataExportService: ServiceContract = {
  name: 'DataExportService', module: 'tnai', soapPackage: 'service.export', version: 'v1_0',
  namespace: 'http://v1_0.DataExportService.service.secutix.com/', jsonName: 'dataExportService',
  operations: {
    getAvailableExports: { request: none, result: 'AvailableExportsResult' },
    executeExport: {
      request: { requestId: 'int?', exportKey: 'string', dateFrom: 'dateTime?', dateTo: 'dateTime?', parameters: 'NameValue[]', nbMaxResults: 'int?' },
      result: 'ExportResult',
    },
  },
};

export const ShipmentPublicService: ServiceContract = {
  name: 'ShipmentPublicService', module: 'tnpsb', soapPackage: 'facade.shipment', version: 'v1_17',
  namespace: 'http://v1_17.ShipmentPublicService.facade.secutix.com/', jsonName: 'shipmentPublicService',
  operations: {
    getAvailableShipmentModes: {
      request: {
        ...pos, shipmentContents: 'string', destinationCountryCode: 'string?', contactAddressId: 'long?', orderId: 'long?', productFamilyIds: 'long[]', contactNumber: 'string?',
      },
      result: 'ShipmentModesDetailedData',
    },
    getShipmentsOfOrder: { request: { orderId: 'long' }, result: 'ShipmentsResult' },
    // contactAddressId [ours]: where a mode that needs an address delivers
    changeShipmentMode: { request: { shipmentIds: 'long[]', shipmentModeId: 'long', contactAddressId: 'long?' }, result: 'ShipmentsResult', write: true },
  },
};

/** SecuTix publishes no API for tickets: our stand-in, described in docs/secutix/protocol.md */
export const ProductionPublicService: ServiceContract = {
  name: 'ProductionPublicService', module: 'tnpsb', soapPackage: 'service.production', version: 'v1_0',
  namespace: 'http://v1_0.ProductionPublicService.service.secutix.com/', jsonName: 'productionPublicService',
  operations: {
    getTicketsOfOrders: { request: { orderIds: 'long[]' }, result: 'TicketsResult' },
    getTicketsOfContact: { request: { contactNumber: 'string', upcomingOnly: 'boolean?' }, result: 'TicketsResult' },
    getTicketDocument: { request: { ticketId: 'long' }, result: 'TicketDocumentResult' },
  },
};

/** Our guess of an external sales interface for distribution engines (docs/secutix/protocol.md). */
export const ExternalSalesService: ServiceContract = {
  name: 'ExternalSalesService', module: 'tnseb', soapPackage: 'service.realtime.externalsales', version: 'v1_33',
  namespace: 'http://v1_33.ExternalSalesService.service.secutix.com', jsonName: 'externalSalesService',
  operations: {
    authenticateOperator: { request: { login: 'string', password: 'string' }, result: 'OperatorAuthenticationResult', write: true },
    getChannelCatalog: { request: { salesChannelCode: 'string' }, result: 'ChannelCatalogResult' },
    importExternalSale: {
      request: {
        salesChannelCode: 'string', pointOfSalesId: 'long', contactNumber: 'string', paymentMethodId: 'long', externalReference: 'string', lines: 'ExternalSaleLine[]',
      },
      result: 'ExternalMovementResult',
      write: true,
    },
    refundExternalSale: { request: { orderId: 'long', operationIds: 'long[]', externalReference: 'string' }, result: 'ExternalMovementResult', write: true },
    duplicateExternalTicket: { request: { orderId: 'long', operationId: 'long', externalReference: 'string' }, result: 'ExternalMovementResult', write: true },
    searchExternalMovements: { request: { externalReference: 'string' }, result: 'ExternalMovementSearchResult' },
  },
};

export const serviceContracts: readonly ServiceContract[] = [
  CatalogService, AvailabilityService, ContactInformationPublicService, ContactAuthenticationPublicService, ShipmentPublicService,
  ProductionPublicService, ExternalOrderFacade, ExternalOrderService, ExternalPaymentService, ExternalOrderHistoryService, SetupService,
  DataExportService, ExternalSalesService,
];
