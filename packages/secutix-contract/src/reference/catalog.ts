import { guide, page, type ServiceReference } from './referenceTypes';

/** the stored copies of v1_16, v1_17 and v1_18 stop inside getCatalogDetailed, just before its result class's fields; none of v1_33 was stored */
const v18 = { page: page('tnseb', 'CatalogService', 'v1_18'), version: 'v1_18' };
/** SecuTix's season ticket guide calls v1_33's getCatalogDetailed with `seasonCode` (SOAP and JSON) */
const seasonTicketGuide = { page: guide('sales/how_to/create_order_season_ticket'), version: 'v1_33' };

const CATALOG_PAGES_STOP = 'the stored copies of CatalogService v1_16 to v1_18 stop inside getCatalogDetailed (getCatalog comes first); no copy of v1_33 reaches it';

export const catalogServiceReference: ServiceReference = {
  service: 'CatalogService',
  version: 'v1_33',
  endpoint: { ...v18, module: 'tnseb', soapPackage: 'service.realtime.catalog' },
  operations: {
    getCatalogDetailed: {
      request: [
        { ...v18, fields: { requestId: 'Integer', seasonCode: 'String', productCode: 'String' } },
        { ...seasonTicketGuide, fields: { seasonCode: 'String' } },
      ],
      // CatalogResultDetailed's fields are cut off: the season → product nesting is SecuTix's FAQ's (catalogData.season.product.id)
      result: 'CatalogResultDetailed',
    },
  },
  classes: {},
  guesses: {
    isCatalogServiceAlive: { kind: 'unread', result: 'WebMethodResult', why: `${CATALOG_PAGES_STOP}; a WebMethodResult (the status fields) as integrations read it` },
    getPOSConfig: {
      kind: 'unread',
      result: 'POSConfigResult',
      why: `${CATALOG_PAGES_STOP}; SecuTix's catalog guide names POSConfigData.posId, the rest is what integrations read (docs/secutix/protocol.md)`,
    },
    getLastSetupUpdate: { kind: 'unread', result: 'LastSetupUpdateResult', why: `${CATALOG_PAGES_STOP}; the catalog guide names the method, not its result` },
  },
};

/** SetupService's v1_20 page gives its endpoint (in CatalogService's package) and starts with createOrUpdatePerformance, which we do not serve */
const setup20 = { page: page('tnseb', 'SetupService', 'v1_20'), version: 'v1_20' };
const SETUP_PAGES_STOP = 'the stored copy of SetupService v1_20 stops inside createOrUpdatePerformance, the first method; the list methods come after it';

export const setupServiceReference: ServiceReference = {
  service: 'SetupService',
  version: 'v1_33',
  endpoint: { ...setup20, module: 'tnseb', soapPackage: 'service.realtime.catalog' },
  operations: {},
  classes: {},
  guesses: {
    listSeasons: { kind: 'unread', result: 'SeasonsResult', why: `${SETUP_PAGES_STOP}; the fields are those an integration's client reads` },
    searchProductsByCriteria: { kind: 'unread', result: 'ProductsResult', why: `${SETUP_PAGES_STOP}; the fields are those an integration's client reads` },
    listAudienceSubCategories: { kind: 'unread', result: 'AudienceSubCategoriesResult', why: `${SETUP_PAGES_STOP}; the fields are those an integration's client reads` },
    listPriceLevels: { kind: 'unread', result: 'PriceLevelsResult', why: `${SETUP_PAGES_STOP}; the fields are those an integration's client reads` },
    listVatCodes: { kind: 'unread', result: 'VatCodesResult', why: `${SETUP_PAGES_STOP}; the fields are those an integration's client reads` },
  },
};
