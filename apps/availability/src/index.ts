import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readAvailabilityConfig } from './config';
import { createAvailabilityContext } from './context';
import { resolvers } from './resolvers';

/** The availability subgraph: availability and booking links on the catalog's products and performances. */
export const availabilitySubgraph = defineSubgraph({
  name: 'availability',
  defaultPort: 4002,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readAvailabilityConfig,
  createParts: createAvailabilityContext,
  codegen: {
    context: '../context#AvailabilityContext',
    mappers: {
      Product: '../mappers/models#ProductRef',
      Performance: '../mappers/models#PerformanceRef',
      Availability: '../mappers/models#AvailabilityModel',
      SeatCategoryAvailability: '../mappers/models#SeatCategoryAvailabilityModel',
    },
  },
});
