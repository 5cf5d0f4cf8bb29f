import { page, type ServiceReference } from './referenceTypes';

/** executeExport comes first; the stored copy stops inside ExportResult, after `requestState` */
const latest = { page: page('tnai', 'DataExportService', 'latest'), version: 'v1_0' };

export const dataExportServiceReference: ServiceReference = {
  service: 'DataExportService',
  version: 'v1_0',
  endpoint: { ...latest, module: 'tnai', soapPackage: 'service.export' },
  operations: {
    executeExport: {
      request: [
        {
          ...latest,
          fields: { requestId: 'Integer', exportKey: 'String', dateFrom: 'Date', dateTo: 'Date', parameters: 'List of Parameter', nbMaxResults: 'Integer' },
        },
      ],
      result: 'ExportResult',
    },
  },
  classes: {
    Parameter: { ...latest, fields: { name: 'String', value: 'String' } },
    // the status fields follow `requestState` (the copy stops at "reques…")
    ExportResult: { ...latest, partial: true, fields: { exportDate: 'Date', exportedElements: 'List of ExportedElement', requestState: 'enum' } },
  },
  guesses: {
    getAvailableExports: {
      kind: 'unread',
      result: 'AvailableExportsResult',
      why: 'the page lists it ("the available exports that can be called from this service, with a list of parameters"); the stored copy stops before it: fields ours',
    },
  },
};

/** countFilesByCriteria comes first on every stored copy (v1_26, v1_34), and fills it */
const history34 = { page: page('tnseb', 'ExternalOrderHistoryService', 'v1_34'), version: 'v1_34' };

export const externalOrderHistoryServiceReference: ServiceReference = {
  service: 'ExternalOrderHistoryService',
  version: 'v1_33',
  endpoint: { ...history34, module: 'tnseb', soapPackage: 'service.realtime.history' },
  operations: {},
  classes: {},
  guesses: {
    listTicketsByCriteria: {
      kind: 'unread',
      result: 'ListTicketsResult',
      why: 'the stored copies of v1_26 and v1_34 stop inside countFilesByCriteria, the first method; the fields are those an integration\'s client reads',
    },
    searchOrders: { kind: 'ours', result: 'OrderSearchResult', why: 'no such method is known: our stand-in for a contact\'s order history (countFilesByCriteria and the file searches are SecuTix\'s)' },
  },
};

