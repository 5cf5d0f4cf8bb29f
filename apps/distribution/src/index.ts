import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readDistributionConfig } from './config';
import { createDistributionContext } from './context';
import { resolvers } from './resolvers';

/** The distribution subgraph (operators): partners, correspondences, exports and the reintegration of partner sales. */
export const distributionSubgraph = defineSubgraph({
  name: 'distribution',
  defaultPort: 4007,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readDistributionConfig,
  createParts: createDistributionContext,
  // ExternalSalesService is called over the REST-RPC (JSON) transport: its answers are nested
  // lists that the SOAP shape normaliser does not describe. So it never shares a SOAP runtime.
  ownBackend: (config) => ({ ...config.backend, secutix: { ...config.backend.secutix, transport: 'json' } }),
  database: 'postgresql',
  describe: (config) => ({ database: config.databaseUrl ? 'postgresql' : 'embedded pglite' }),
  codegen: {
    context: '../context#DistributionContext',
    mappers: {
      DistributionPartner: '../store/partners#Partner',
      DistributionRun: '../store/runs#RunRow',
    },
  },
});
export type { DistributionHandles } from './context';
