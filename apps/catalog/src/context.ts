import type { Logger } from '@stx/observability';
import type { SecutixRuntime } from '@stx/secutix-runtime';
import type { SubgraphParts } from '@stx/host';
import type { CatalogConfig } from './config';
import { CatalogSnapshotSource } from './loaders/CatalogSnapshotSource';
import type { CatalogIndex } from './mappers/CatalogIndex';

/** Per request: the snapshot is fetched once, lazily, and the clock read once. */
export interface CatalogContext {
  catalog(): Promise<CatalogIndex>;
  /** the snapshot `catalog()` gave this request, once it has come (see withCatalog) */
  loaded(): CatalogIndex | undefined;
  now: number;
  /** the request's Accept-Language, for the language rule */
  acceptLanguage?: string;
}

/** what tests and `npm start` reach on a started catalog: its snapshot, to wait for the first load */
export interface CatalogHandles {
  snapshot: CatalogSnapshotSource;
}

/** The catalog's long-lived part is the snapshot (kept current by `getLastSetupUpdate`); `/ready` waits for its first load. */
export async function createCatalogContext(config: CatalogConfig, runtime: SecutixRuntime, logger: Logger): Promise<SubgraphParts<CatalogContext, CatalogHandles>> {
  const snapshot = new CatalogSnapshotSource(runtime, { checkSeconds: config.setupCheckSeconds, minRefreshSeconds: config.catalogMinRefreshSeconds }, logger);
  return {
    context: (req) => {
      let index: Promise<CatalogIndex> | undefined;
      let loaded: CatalogIndex | undefined;
      return {
        now: Date.now(),
        catalog: () => (index ??= snapshot.current().then((current) => (loaded = current))),
        loaded: () => loaded,
        acceptLanguage: req.headers['accept-language'],
      };
    },
    ready: () => snapshot.current().then(() => true, () => false),
    handles: { snapshot },
  };
}
