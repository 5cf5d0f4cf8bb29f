import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readCatalogConfig } from './config';
import { createCatalogContext } from './context';
import { resolvers } from './resolvers';

/** The catalog subgraph: products, performances, prices, seasons and topics from a shared snapshot of `getCatalogDetailed`. */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  defaultPort: 4001,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readCatalogConfig,
  createParts: createCatalogContext,
  codegen: {
    context: '../context#CatalogContext',
    mappers: {
      Product: '../mappers/CatalogIndex#ProductModel',
      Performance: '../mappers/CatalogIndex#PerformanceModel',
      SeatCategory: '@stx/secutix-client#SeatCategoryRecord',
      AudienceSubCategory: '@stx/secutix-client#AudienceSubCategoryRecord',
      Season: '@stx/secutix-client#SeasonRecord',
      Topic: '@stx/secutix-client#TopicRecord',
      PaymentMethod: '@stx/secutix-client#PaymentMethodRecord',
      PointOfSale: '@stx/secutix-client#PosConfigData',
      Price: '../mappers/priceModels#PriceModel',
      ProductConnection: '../mappers/priceModels#ProductConnectionModel',
    },
  },
});
export type { CatalogHandles } from './context';
