import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readSalesConfig } from './config';
import { createSalesContext } from './context';
import { resolvers } from './resolvers';

/** The sales subgraph: orders, payments and the caller's order history. */
export const salesSubgraph = defineSubgraph({
  name: 'sales',
  defaultPort: 4004,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readSalesConfig,
  createParts: createSalesContext,
  codegen: {
    context: '../context#SalesContext',
    mappers: {
      Order: '@stx/secutix-client#OrderDetailsRecord',
      OrderLine: '../mappers/orderModels#OrderLineModel',
      OrderPayment: '../mappers/orderModels#OrderPaymentModel',
      Contact: '../mappers/orderModels#ContactRef',
      OrderConnection: '../mappers/orderModels#OrderConnectionModel',
    },
  },
});
