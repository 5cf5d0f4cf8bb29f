import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** ExternalOrderFacade, ExternalOrderService, ExternalPaymentService, ExternalOrderHistoryService v1_33. */
export const salesTypes = {
  OrderUpdateResult: { ...STATUS, statusMessage: 'string?', expectedException: 'boolean', orderUpdateData: 'OrderUpdateData?' },
  OrderUpdateData: {
    orderId: 'long', orderSecretId: 'string', catalogCurrency: 'CurrencyCash', mainOperationId: 'long?', origin: 'OrderOriginData',
    generatedContactQualities: 'map<string,GeneratedContactQuality>', generatedContiguities: 'ContiguityData[]', movementDataUpdates: 'MovementData[]', operationDataUpdates: 'OperationData[]',
    removeOperationIds: 'long[]', removeMovementIds: 'long[]',
  },
  OrderOriginData: { idCode: 'string', toCreateToken: 'boolean' },
  /** the reference names the class but its fields are not on the pages we read: always an empty list here [ours] */
  ContiguityData: { contiguityId: 'long?' },
  GeneratedContactQuality: { seasonId: 'long', audienceCategories: 'ContactQualityCategory[]' },
  ContactQualityCategory: { audienceCatId: 'long', mainCategory: 'string', instanceNumber: 'string', movementId: 'long' },
  MovementData: {
    movementId: 'long', operationId: 'long', type: 'string', instanceNumber: 'int', resumed: 'boolean', transferable: 'boolean',
  },
  OperationData: {
    operationId: 'long', type: 'string', product: 'string?', productCode: 'string?', basePrice: 'long', fileId: 'long', kind: 'string', productId: 'long', performanceId: 'long?', seatCategoryId: 'long?',
    itemId: 'long?', audienceSubCategoryId: 'long', seats: 'TicketSeat[]', quantity: 'int', unitPrice: 'long', totalAmount: 'long', state: 'string',
  },
  OrderDetailResult: { ...STATUS, orderDetailsData: 'OrderDetailsData?' },
  OrderDetailsData: {
    orderId: 'long', orderSecretId: 'string', orderState: 'string', orderType: 'string', creationDateTime: 'dateTime',
    referenceDate: 'dateTime', expirationDate: 'dateTime?', saleAmount: 'long', preSaleAmount: 'long', reservationAmount: 'long',
    optionAmount: 'long', waitingAccountBalanceAmount: 'long', catalogCurrency: 'CurrencyCash', contactReference: 'string',
    orderOriginData: 'OrderOriginData', orderOriginator: 'string', salesChannelCode: 'string', salesChannelName: 'string',
    movementDatas: 'MovementData[]', operationDatas: 'OperationData[]', payments: 'OrderPayment[]', charges: 'OrderCharge[]',
  },
  OrderPayment: { paymentId: 'long', paymentMethodId: 'long', paymentMethod: 'string', amount: 'long', paymentStatus: 'string', externalUrl: 'string?', paymentIdentifier: 'string?' },
  // [ours: shape] the delivery chosen with changeShipmentMode, counted in saleAmount
  OrderCharge: { chargeType: 'string', shipmentModeId: 'long?', amount: 'long' },
  // [ours] ExternalPaymentService.getVoucherBalance
  VoucherBalanceResult: { ...STATUS, voucherData: 'VoucherData?' },
  VoucherData: { voucherCode: 'string', balance: 'long', currencyCode: 'string', validUntil: 'dateTime' },
  CloseOrderResult: { ...STATUS, orderData: 'ClosedOrderData?' },
  ClosedOrderData: { orderId: 'long', orderState: 'string' },
  PaymentDetailResult: { ...STATUS, paymentDetails: 'PaymentDetail[]' },
  /** ExternalPaymentService v1_33 (src/reference/externalPayment.ts); `paymentMethodId` is ours, kept for clients that read it */
  PaymentDetail: {
    paymentId: 'long', orderId: 'long', paymentMethodId: 'long', paymentMethod: 'PaymentMethod', amount: 'long', catalogCurrency: 'CurrencyCash',
    paymentStatus: 'string', externalUrl: 'string?', paymentIdentifier: 'string?', paymentDate: 'dateTime', paymentLastUpdated: 'dateTime',
    isInstallment: 'boolean', payerContact: 'boolean', contactId: 'long?', contactNumber: 'string?', contactName: 'string?', contactStructureName: 'string?',
    bankCardOwnerName: 'string?', cardAlias: 'string?', cardExpirationDate: 'dateTime?', cardMaskedNumber: 'string?', cardType: 'string?',
    epcTransactionData: 'EpcTransactionData?',
  },
  EpcTransactionData: { paymentTypes: 'EpcPaymentType[]', transactionId: 'int' },
  EpcPaymentType: { cardNumber: 'string?', cvvCode: 'string?', expMonth: 'string?', expYear: 'string?' },
  OrderSearchResult: { ...STATUS, totalCount: 'int', orderSummaries: 'OrderSummary[]' },
  OrderSummary: { orderId: 'long', orderState: 'string', creationDateTime: 'dateTime', saleAmount: 'long', currencyCode: 'string' },
  // requests
  PurchaserInfo: { contactReference: 'string' },
  SingleEntryAttributionOperation: { operationAttributions: 'OperationAttribution', preferedAreas: 'long?' },
  OperationAttribution: { performanceId: 'long', seatCategoryId: 'long', audienceSubCategoryId: 'long', quantity: 'int' },
  SimpleProductOperation: { itemId: 'long', audienceSubCategoryId: 'long', quantity: 'int' },
  ComposedProductOperation: { productId: 'long', audienceSubCategoryId: 'long', quantity: 'int' },
  TransportProductOperation: { itemId: 'long', audienceSubCategoryId: 'long', quantity: 'int' },
  ChargeOperation: { chargeId: 'long', amount: 'long' },
  ClosePayment: { paymentMethodId: 'long', amount: 'long', paymentIdentifier: 'string?' },
  /** the reference's PaymentInfo; of `paymentAdditionalData` (a Map of String to String) the simulator reads `returnUrl` */
  CheckPaymentInfo: {
    paymentMethodId: 'long', amount: 'long', paymentAdditionalData: 'map<string,string>?', paymentIdentifier: 'string?', contactReference: 'string?',
    cardAlias: 'string?', cardExpirationDate: 'dateTime?', cardMaskedNumber: 'string?', pspAdditionalReturnedData: 'string?', valueDate: 'dateTime?',
  },
} satisfies Record<string, RecordType>;

/** ExternalOrderService's file (SecuTix's dossier around an order) and ExternalOrderHistoryService's ticket list. */
export const fileTypes = {
  FileDetailResult: { ...STATUS, fileDetailsData: 'FileDetailsData?', orderDetailsDatas: 'OrderDetailsData[]' },
  FileDetailsData: {
    fileId: 'long', fileState: 'string', fileStatusIC: 'string?', lastModDateTime: 'dateTime', fileContacts: 'FileContact[]',
    fileAttachments: 'FileAttachmentSummary[]',
  },
  FileContact: { fileContactType: 'string', contactReference: 'string' },
  /** `name` [M: a public test against real SecuTix reads it there; getFileAttachment's own record says `fileName`] */
  FileAttachmentSummary: { fileAttachmentId: 'long', name: 'string', mimetype: 'string', uploadDate: 'dateTime' },
  PrintableFileAttachmentData: { data: 'string', fileName: 'string', mimetype: 'string', uploadDate: 'dateTime?' },
  PrintableFileAttachmentResult: { ...STATUS, fileAttachment: 'PrintableFileAttachmentData?' },
  ExternalReferenceResult: { ...STATUS, externalReferences: 'ExternalReferences?' },
  ExternalReferences: { id: 'long', externalReferences: 'KeyValue[]' },
  ListTicketsResult: { ...STATUS, truncated: 'boolean', ticketSummaries: 'TicketSummary[]' },
  TicketSummary: {
    ticketState: 'string', productId: 'long', performanceId: 'long?', seatCategoryId: 'long?', audienceSubCategoryId: 'long',
    audienceSubCategory: 'string', priceLevelId: 'long?', price: 'long',
  },
  TicketFilterCriteria: { pointOfSalesId: 'long?', productId: 'long?', startDate: 'dateTime', endDate: 'dateTime' },
} satisfies Record<string, RecordType>;
