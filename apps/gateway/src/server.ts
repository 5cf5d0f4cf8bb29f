import { join } from 'node:path';
import type { CoordinationStore } from '@stx/cache';
import type { Logger, Served } from '@stx/subgraph-kit';
import { PUBLIC_ROOT_FIELDS, type GatewayConfig } from './config';
import { createGatewayEngine } from './engine/createGatewayEngine';
import { serveGateway } from './http/serveGateway';
import { identityResolver } from './identity/identityResolver';
import { samlRoutes } from './identity/samlRoutes';
import { ResponseCache } from './responseCache/ResponseCache';

/**
 * The gateway serves the committed supergraph (never composed at run time) and routes to the
 * subgraph URLs of its configuration. It holds no domain logic.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: { supergraphPath?: string; coordination?: CoordinationStore } = {},
): Promise<Served> {
  const supergraphPath = options.supergraphPath ?? join(__dirname, '..', 'supergraph.graphql');
  const identity = identityResolver(config, logger, options.coordination);
  const engine = createGatewayEngine(config, logger, supergraphPath, identity);
  const served = await serveGateway(engine, {
    logger,
    port: config.port,
    host: config.host,
    maxBodyBytes: config.limits.maxBodyBytes,
    responseCache: new ResponseCache({ ...config.responseCache, publicRootFields: PUBLIC_ROOT_FIELDS }),
    routes: config.saml ? samlRoutes(config.saml, config.tokenSecret, logger) : undefined,
    ready: () => readySubgraphs(config),
  });
  return {
    ...served,
    async close() {
      await served.close();
      await engine.dispose();
      await identity.close();
    },
  };
}

/** ready when every subgraph says it is ready (the catalog only once its snapshot is loaded) */
async function readySubgraphs(config: GatewayConfig): Promise<boolean> {
  const checks = Object.values(config.subgraphUrls).map(async (url) => {
    const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
    return res?.ok === true;
  });
  return (await Promise.all(checks)).every(Boolean);
}
