import { serviceContracts } from '@stx/secutix-contract';

/** One call as a third-party client makes it: the result object, already checked against the contract. */
export type Call = (service: string, operation: string, params: Record<string, unknown>) => Promise<any>;

/**
 * What an integration does against SecuTix, end to end: catalog, POS configuration,
 * availability, contact, an order created, paid on the hosted page, closed and read, a second
 * order changed and given up, shipment, tickets. Every operation of the contract is called once
 * at least; the caller checks each answer and `called` tells which operations were covered.
 */
export async function realisticFlow(call: Call, simUrl: string): Promise<{ called: Set<string>; results: Map<string, any> }> {
  const called = new Set<string>();
  const results = new Map<string, any>();
  const c = async (service: string, operation: string, params: Record<string, unknown> = {}) => {
    const r = await call(service, operation, params);
    if (r.statusCode !== 'success') throw new Error(`${service}.${operation}: ${r.statusCode} ${r.statusDetail ?? ''}`);
    called.add(`${service}.${operation}`);
    results.set(`${service}.${operation}`, r);
    return r;
  };
  const Cat = 'CatalogService';
  await c(Cat, 'isCatalogServiceAlive');
  await c(Cat, 'getLastSetupUpdate');
  const pos = (await c(Cat, 'getPOSConfig')).posConfigData;
  const pointOfSalesId = pos.posId;
  const card = pos.paymentMethods.find((m: any) => m.paymentType === 'CREDIT_CARD').id;
  const catalog = (await c(Cat, 'getCatalogDetailed')).catalogData;
  const product = catalog.seasons.flatMap((s: any) => s.products).find((p: any) => p.id === 10001);
  const performance = product.event.performances[0];
  const price = performance.prices[0];

  const Setup = 'SetupService';
  const seasons = (await c(Setup, 'listSeasons')).seasons;
  await c(Setup, 'searchProductsByCriteria', { searchProductsCriteria: { seasonIds: [seasons[0].id], productFamilyTypes: ['PASS'] }, granularity: 'COMPLETE', minIndex: 0, nbMaxResults: 100 });
  const tariffs = (await c(Setup, 'listAudienceSubCategories', { seasonId: seasons[0].id })).audienceSubCategories;
  await c(Setup, 'listPriceLevels', { seasonId: seasons[0].id });
  await c(Setup, 'listVatCodes');
  if (tariffs.length === 0) throw new Error('no audience sub-category');

  const Av = 'AvailabilityService';
  await c(Av, 'getProductAvailability', { pointOfSalesId, productIds: [product.id, 10013] });
  await c(Av, 'getPerformanceAvailability', { pointOfSalesId, performanceIds: [performance.id] });
  await c(Av, 'getEventAvailability', { pointOfSalesId, eventIds: [product.event.id], performanceIds: [performance.id], seatCategoryIds: [-1] });
  await c(Av, 'getSeatsAvailability', { pointOfSalesId, performanceId: performance.id, seatCategoryId: price.seatCatId });
  await c(Av, 'getUpdatedAvailabilities', { pointOfSalesId, productIds: [product.id], referenceDate: '2000-01-01T00:00:00.000Z' });

  const Auth = 'ContactAuthenticationPublicService';
  const Info = 'ContactInformationPublicService';
  const { contactNumber } = await c(Auth, 'authenticate', { contactAuthenticationData: { login: 'alice@example.com', password: 'alice-demo-password', rememberMe: true, pointOfSalesId } });
  await c(Info, 'getContactData', { contactNumber, details: ['GENERAL', 'ADDRESSES'] });
  await c(Info, 'searchContactsByEmail', { email: 'alice@example.com' });
  const created = await c(Info, 'createCulturalContact', {
    contactDataList: [{ email: 'integrator@example.com', firstName: 'Ina', lastName: 'Tegra', createLogin: true, password: 'integrator-pw-1', language: 'en', identifier: 42 }],
  });
  const newContact = created.culturalContactData[0].contactNumber;
  await c(Info, 'updateContactData', { contactNumber: newContact, individualContact: { phoneNumber1: '+41215550199' } });
  const address = (await c(Info, 'createOrUpdateAddress', {
    contactNumber: newContact, address: { firstAddressLine: 'Rue du Lac 1', zipCode: '1800', locality: 'Vevey', countryCode: 'CH' },
  })).address;
  await c(Info, 'updateIndicators', { contactNumber: newContact, indicators: [{ code: 'NEWSLETTER', value: true }] });
  await c(Info, 'updateCriteria', { contactNumber: newContact, contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['JAZZ'] }] });
  await c(Info, 'deleteAddress', { contactNumber: newContact, addressId: address.addressId });
  await c(Auth, 'changePassword', { contactNumber: newContact, currentPassword: 'integrator-pw-1', newPassword: 'integrator-pw-2' });

  const Facade = 'ExternalOrderFacade';
  const Orders = 'ExternalOrderService';
  const purchasersInfo = [{ contactReference: contactNumber }];
  const seats = { performanceId: performance.id, seatCategoryId: price.seatCatId, audienceSubCategoryId: price.audSubCatId, quantity: 2 };
  const order = (await c(Facade, 'createOrUpdateOrder', { pointOfSalesId, purchasersInfo, singleEntryAttributionOperations: [{ operationAttributions: seats }] })).orderUpdateData;
  const details = (await c(Orders, 'getOrderDetails', { orderId: order.orderId })).orderDetailsData;
  const payment = (await c('ExternalPaymentService', 'checkPayment', {
    orderId: order.orderId, payments: [{ paymentMethodId: card, amount: details.saleAmount, paymentAdditionalData: { returnUrl: 'https://shop.example/return' } }],
  })).paymentDetails[0];
  // the buyer pays on SecuTix's hosted page, which closes the order (the last payment)
  const paid = await fetch(`${payment.externalUrl}/pay`, { method: 'POST', redirect: 'manual' });
  if (paid.status !== 303) throw new Error(`hosted payment page answered ${paid.status}`);
  const closed = (await c(Orders, 'getOrderDetails', { orderId: order.orderId })).orderDetailsData;
  if (closed.orderState !== 'CLOSED') throw new Error(`order ${order.orderId} is ${closed.orderState}`);
  await c('ExternalOrderHistoryService', 'searchOrders', { contactReference: contactNumber, paginationParameter: { startPosition: 0, maxResult: 10 } });
  const day = 24 * 3600_000;
  const sold = (await c('ExternalOrderHistoryService', 'listTicketsByCriteria', {
    ticketFilterCriteria: { productId: product.id, startDate: new Date(Date.now() - day).toISOString(), endDate: new Date(Date.now() + day).toISOString() },
    paginationParameter: { startPosition: 0, maxResult: 100 },
  })).ticketSummaries;
  if (sold.length !== 2) throw new Error(`listTicketsByCriteria lists ${sold.length} tickets, 2 sold`);

  // the order's file: details, an attachment, an external reference, a status
  const fileId = order.orderId;
  await c(Orders, 'getFileDetailsFromOrderSecretId', { orderSecretId: order.orderSecretId });
  await c(Orders, 'uploadFileAttachment', {
    fileId, contactReference: contactNumber, printableFileAttachmentData: { data: Buffer.from('voucher').toString('base64'), fileName: 'voucher.txt', mimetype: 'text/plain' },
  });
  await c(Orders, 'updateFileStatus', { fileId, fileStatusIC: 'CHECKED' });
  const file = await c(Orders, 'getFileDetails', { fileId });
  const attachmentId = file.fileDetailsData.fileAttachments[0].fileAttachmentId;
  await c(Orders, 'getFileAttachment', { fileAttachmentId: attachmentId, contactReference: contactNumber });
  await c(Orders, 'deleteFileAttachment', { fileAttachmentId: attachmentId, contactReference: contactNumber });
  await c(Orders, 'updateExternalReferences', { id: order.orderId, externalReferenceKind: 'ORDER', externalReference: { key: 'CRM', value: 'A-42' } });
  await c(Orders, 'getExternalReference', { id: order.orderId, externalReferenceKind: 'ORDER' });

  // an export, collected with the requestId of its in_progress answer
  const Export = 'DataExportService';
  const exportKey = (await c(Export, 'getAvailableExports')).exports[0].exportKey;
  const running = await call(Export, 'executeExport', { exportKey, parameters: [] });
  if (running.statusCode !== 'in_progress') throw new Error(`executeExport answered ${running.statusCode}, not in_progress`);
  const exported = await c(Export, 'executeExport', { requestId: running.requestId, exportKey, parameters: [] });
  if (exported.exportedElements.length === 0) throw new Error('the export lists nothing');

  // another order: part by gift voucher through checkPayment, the rest given to closeOrder
  const voucher = (await c('ExternalPaymentService', 'getVoucherBalance', { voucherCode: 'GIFT-100' })).voucherData;
  const third = (await c(Facade, 'createOrUpdateOrder', { pointOfSalesId, purchasersInfo, singleEntryAttributionOperations: [{ operationAttributions: { ...seats, quantity: 1 } }] })).orderUpdateData;
  const thirdAmount = (await c(Orders, 'getOrderDetails', { orderId: third.orderId })).orderDetailsData.saleAmount;
  if (thirdAmount > voucher.balance || thirdAmount < 2) throw new Error(`order ${third.orderId} of ${thirdAmount} does not suit GIFT-100`);
  await c('ExternalPaymentService', 'checkPayment', { orderId: third.orderId, payments: [{ paymentMethodId: card + 1, amount: 1, paymentIdentifier: 'GIFT-100' }] });
  await c(Orders, 'closeOrder', { orderId: third.orderId, purchaserInfo: { contactReference: contactNumber }, payments: [{ paymentMethodId: card + 1, amount: thirdAmount - 1, paymentIdentifier: 'GIFT-100' }] });

  const second = (await c(Facade, 'createOrUpdateOrder', {
    pointOfSalesId, purchasersInfo, singleEntryAttributionOperations: [{ operationAttributions: { ...seats, quantity: 1 } }, { operationAttributions: { ...seats, quantity: 1 } }],
  })).orderUpdateData;
  await c(Orders, 'cancelOperations', { orderId: second.orderId, operationIds: [second.operationDataUpdates[0].operationId] });
  await c(Orders, 'abandonMovements', { orderId: second.orderId });
  // a pass (no performance): simpleProductOperations
  const pass = catalog.seasons.flatMap((s: any) => s.products).find((p: any) => p.id === 10013);
  const passOrder = (await c(Facade, 'createOrUpdateOrder', {
    pointOfSalesId, purchasersInfo, simpleProductOperations: [{ itemId: pass.id, audienceSubCategoryId: pass.prices[0].audSubCatId, quantity: 1 }],
  })).orderUpdateData;

  const Ship = 'ShipmentPublicService';
  await c(Ship, 'getAvailableShipmentModes', { pointOfSalesId, shipmentContents: 'TICKETS', orderId: order.orderId });
  const shipments = (await c(Ship, 'getShipmentsOfOrder', { orderId: order.orderId })).shipments;
  await c(Ship, 'changeShipmentMode', { shipmentIds: [shipments[0].shipmentId], shipmentModeId: 502 });
  // the open order goes by post: a mode with a delivery time and a price, a shipment with an address, a charge on the order
  const modes = (await c(Ship, 'getAvailableShipmentModes', { pointOfSalesId, shipmentContents: 'TICKETS', destinationCountryCode: 'FR' })).shipmentModes;
  const mail = modes.find((m: any) => m.code === 'MAIL');
  if (!mail) throw new Error('no MAIL mode to FR');
  const passShipments = (await c(Ship, 'getShipmentsOfOrder', { orderId: passOrder.orderId })).shipments;
  await c(Ship, 'changeShipmentMode', { shipmentIds: [passShipments[0].shipmentId], shipmentModeId: mail.id });
  await c(Ship, 'getShipmentsOfOrder', { orderId: passOrder.orderId });
  const mailed = (await c(Orders, 'getOrderDetails', { orderId: passOrder.orderId })).orderDetailsData;
  if (mailed.charges?.[0]?.shipmentModeId !== mail.id) throw new Error(`order ${passOrder.orderId} shows no charge for mode ${mail.id}`);

  const Prod = 'ProductionPublicService';
  const tickets = (await c(Prod, 'getTicketsOfOrders', { orderIds: [order.orderId] })).tickets;
  await c(Prod, 'getTicketsOfContact', { contactNumber, upcomingOnly: true });
  await c(Prod, 'getTicketDocument', { ticketId: tickets[0].ticketId });

  // a distribution engine: operator sign-in, the channel's offer, a sale, a duplicate, a refund
  const Sales = 'ExternalSalesService';
  await c(Sales, 'authenticateOperator', { login: 'operator@DEMO', password: 'demo-operator-password' });
  const channelCatalog = await c(Sales, 'getChannelCatalog', { salesChannelCode: 'DIST' });
  const channel = channelCatalog.salesChannel;
  const event = channelCatalog.products.find((p: any) => p.kind === 'EVENT');
  const perf = event.performances[0];
  const zone = perf.zones.find((z: any) => z.numbered);
  const tariff = event.tariffs[0];
  const sale = (await c(Sales, 'importExternalSale', {
    salesChannelCode: channel.code, pointOfSalesId: channel.pointOfSalesId, contactNumber: channel.technicalContactNumber, paymentMethodId: channel.waitingAccountPaymentMethodId,
    externalReference: 'FIDELITY-1',
    lines: zone.seats.slice(0, 2).map((seat: any) => ({ performanceId: perf.performanceId, seatCategoryId: zone.seatCategoryId, audienceSubCategoryId: tariff.audienceSubCategoryId, block: zone.code, ...seat })),
  })).externalMovement;
  await c(Sales, 'duplicateExternalTicket', { orderId: sale.orderId, operationId: sale.operationIds[0], externalReference: 'FIDELITY-2' });
  await c(Sales, 'refundExternalSale', { orderId: sale.orderId, operationIds: [sale.operationIds[1]], externalReference: 'FIDELITY-3' });
  await c(Sales, 'searchExternalMovements', { externalReference: 'FIDELITY-1' });
  void simUrl;
  return { called, results };
}

/** Every `<Service>.<operation>` of the contract. */
export function contractOperations(): string[] {
  return serviceContracts.flatMap((s) => Object.keys(s.operations).map((op) => `${s.name}.${op}`)).sort();
}
