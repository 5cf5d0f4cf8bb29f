import { join } from 'node:path';
import { createSecutixRuntime, startSubgraph, type Logger, type Served, type SecutixRuntime } from '@stx/subgraph-kit';
import type { CatalogConfig } from './config';
import type { CatalogContext } from './context';
import { resolvers } from './resolvers';
import { CatalogSnapshotSource } from './snapshot/CatalogSnapshotSource';

export interface CatalogSubgraph extends Served {
  snapshot: CatalogSnapshotSource;
}

/** Wires the catalog subgraph: runtime (cache, budget, SecuTix caller), snapshot, server. */
export async function startCatalogSubgraph(config: CatalogConfig, logger: Logger, runtime?: SecutixRuntime): Promise<CatalogSubgraph> {
  const rt = runtime ?? createSecutixRuntime(config.backend, logger);
  const snapshot = new CatalogSnapshotSource(rt, { checkSeconds: config.setupCheckSeconds, minRefreshSeconds: config.catalogMinRefreshSeconds }, logger);
  const served = await startSubgraph<CatalogContext>({
    name: 'catalog',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    context: (req) => {
      let index: ReturnType<CatalogSnapshotSource['current']> | undefined;
      return { now: Date.now(), catalog: () => (index ??= snapshot.current()), acceptLanguage: req.headers['accept-language'] };
    },
    ready: () => snapshot.current().then(() => true, () => false),
  });
  return {
    ...served,
    snapshot,
    async close() {
      await served.close();
      if (!runtime) await rt.close();
    },
  };
}
