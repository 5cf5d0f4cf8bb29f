/**
 * XML has no types: node-soap hands back every leaf as a string and a one-element list as a
 * plain object. This restores the JSON transport's shape, so everything above the transport sees
 * one shape. The field lists are the one place that knows SecuTix's lists and numbers; a field
 * missing here shows up as a string or a lone object in the golden cases.
 */
const LIST_FIELDS = new Set([
  'seasons', 'products', 'performances', 'seatCategories', 'prices', 'audienceCategories',
  'audienceSubCategories', 'topics', 'topicIds', 'productIds', 'performanceIds', 'translations',
  'paymentMethods', 'languageList', 'productAvailabilities', 'performanceAvailabilities',
  'seatCategoryAvailabilities', 'eventAvailabilities', 'seats', 'availabilityUpdateData', 'priceLevels',
  'operationDataUpdates', 'operationDatas', 'payments', 'paymentDetails', 'orderSummaries', 'operationIds', 'movementIds',
  'singleEntryAttributionOperations', 'simpleProductOperations', 'purchasersInfo',
  'shipmentModes', 'shipments', 'tickets', 'shipmentIds', 'orderIds', 'catalogTypes',
  'charges', 'contactNumbers', 'addresses', 'indicators', 'contactCriteria', 'values', 'culturalContactData', 'details',
]);

const NUMBER_FIELD = /^(id|posId|requestId|amount|availability|availabilityIndicator|duration|number|capacity|quantity|unitPrice|totalAmount|saleAmount|totalCount|price|deliveryTimeInDays|numberOfTickets|balance|creditBalance)$|Id$|Ids$/;

export function soapToPlain(value: unknown, field = ''): unknown {
  if (LIST_FIELDS.has(field)) {
    const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
    return items.map((item) => (item !== null && typeof item === 'object' ? soapToPlain(item) : scalar(item, field)));
  }
  if (Array.isArray(value)) return value.map((item) => soapToPlain(item, field));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'attributes' || key === '$xml') continue;
      out[key] = soapToPlain(child, key);
    }
    return out;
  }
  return scalar(value, field);
}

function scalar(value: unknown, field: string): unknown {
  if (typeof value !== 'string') return value;
  if (NUMBER_FIELD.test(field) && /^-?\d+$/.test(value)) return Number(value);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
