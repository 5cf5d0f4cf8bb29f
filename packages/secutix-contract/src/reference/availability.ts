import { page, type ServiceReference } from './referenceTypes';

const latest = { page: page('tnseb', 'AvailabilityService', 'latest'), version: 'v1_33' };

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
  classes: {
    EventAvailabilityResult: { ...latest, partial: true, fields: { eventAvailabilityData: 'EventAvailabilityData', requestId: 'Integer', statusCode: 'String' } },
  },
};
