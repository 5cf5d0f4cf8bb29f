import { guide, page, type ServiceReference } from './referenceTypes';

/** getAvailableThemeAndLanguage comes first, then getEventAvailability, inside which every stored copy (v1_19, v1_32, v1_33) stops */
const latest = { page: page('tnseb', 'AvailabilityService', 'latest'), version: 'v1_33' };
const PAGES_STOP = 'the stored copies of v1_19, v1_32 and v1_33 stop inside getEventAvailability';
/** SecuTix's availability guide names the methods; its season ticket page says two of them take a composedProductId */
const SEASON_TICKET_GUIDE = guide('catalog_and_availabilities/availabilities/availabilities_season_ticket_sale');

export const availabilityServiceReference: ServiceReference = {
  service: 'AvailabilityService',
  version: 'v1_33',
  operations: {
    getEventAvailability: {
      request: [
        {
          ...latest,
          fields: {
            requestId: 'Integer', pointOfSalesId: 'Long', eventIds: 'List of Long', performanceIds: 'List of Long', seatCategoryIds: 'List of Long',
            contingentIds: 'List of Long', composedProductId: 'Long', advantageId: 'Long',
          },
        },
      ],
      result: 'EventAvailabilityResult',
    },
  },
  endpoint: { ...latest, module: 'tnseb', soapPackage: 'service.realtime.availability' },
  classes: {
    EventAvailabilityResult: { ...latest, partial: true, fields: { eventAvailabilityData: 'EventAvailabilityData', requestId: 'Integer', statusCode: 'String' } },
  },
  guesses: {
    getProductAvailability: { kind: 'unread', result: 'ProductAvailabilityResult', why: `${PAGES_STOP}; fields ours` },
    getPerformanceAvailability: {
      kind: 'unread',
      result: 'PerformanceAvailabilityResult',
      why: `${PAGES_STOP}; fields ours but composedProductId, which ${SEASON_TICKET_GUIDE} says it takes`,
    },
    getSeatsAvailability: { kind: 'unread', result: 'SeatsAvailabilityResult', why: `${PAGES_STOP}; fields ours but composedProductId, which ${SEASON_TICKET_GUIDE} says it takes` },
    getUpdatedAvailabilities: { kind: 'unread', result: 'UpdatedAvailabilitiesResult', why: `${PAGES_STOP}; the fields are those an integration's client reads` },
  },
};
