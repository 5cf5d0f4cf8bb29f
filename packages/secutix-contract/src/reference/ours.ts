import type { ServiceReference } from './referenceTypes';

/** Services SecuTix publishes nothing for: every operation is ours (docs/secutix/protocol.md). */
export const productionPublicServiceReference: ServiceReference = {
  service: 'ProductionPublicService',
  version: 'v1_0',
  operations: {},
  classes: {},
  guesses: {
    getTicketsOfOrders: { kind: 'ours', result: 'TicketsResult', why: 'SecuTix publishes no API for tickets: our stand-in' },
    getTicketsOfContact: { kind: 'ours', result: 'TicketsResult', why: 'SecuTix publishes no API for tickets: our stand-in' },
    getTicketDocument: { kind: 'ours', result: 'TicketDocumentResult', why: 'SecuTix publishes no API for tickets: our stand-in' },
  },
};

const DISTRIBUTION = 'our guess of an external sales interface for distribution engines (docs/secutix/protocol.md, "Distribution")';

export const externalSalesServiceReference: ServiceReference = {
  service: 'ExternalSalesService',
  version: 'v1_33',
  operations: {},
  classes: {},
  guesses: {
    authenticateOperator: { kind: 'ours', result: 'OperatorAuthenticationResult', why: DISTRIBUTION },
    getChannelCatalog: { kind: 'ours', result: 'ChannelCatalogResult', why: DISTRIBUTION },
    importExternalSale: { kind: 'ours', result: 'ExternalMovementResult', why: DISTRIBUTION },
    refundExternalSale: { kind: 'ours', result: 'ExternalMovementResult', why: DISTRIBUTION },
    duplicateExternalTicket: { kind: 'ours', result: 'ExternalMovementResult', why: DISTRIBUTION },
    searchExternalMovements: { kind: 'ours', result: 'ExternalMovementSearchResult', why: DISTRIBUTION },
  },
};
