import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import type { CoordinationStore } from '@stx/cache';
import type { Logger } from '@stx/observability';
import type { Served } from '@stx/host';
import { CachePolicies } from './cachePolicy/CachePolicies';
import type { GatewayConfig } from './config';
import { createGatewayEngine } from './engine/createGatewayEngine';
import { failureReason } from './engine/useSubgraphFetchLog';
import { SUPERGRAPH_PATH } from './supergraph';
import { serveGateway, type NotReady } from './http/serveGateway';
import { ExplorerPage } from './http/explorerPage';
import { offlineExplorerHtml } from './http/offlineExplorerHtml';
import { identityResolver } from './identity/identityResolver';
import { samlRoutes } from './identity/samlRoutes';
import { ticketDownloadRoutes } from './downloads/ticketDownloadRoutes';
import { PersistedQueries } from './persisted/PersistedQueries';
import { ResponseCache } from './responseCache/ResponseCache';
import { corsHeadersFor } from './cors/corsPolicy';
import { sharedCheck } from './http/sharedCheck';
import { serveMetricsPort } from './http/serveMetricsPort';

/** the gateway as it runs: its public listener, and its metrics listener when GATEWAY_METRICS_PORT is set */
export interface ServedGateway extends Served {
  metricsUrl?: string;
}

/**
 * The gateway serves the committed supergraph (never composed at run time) and routes to the
 * subgraph URLs of its configuration. It holds no domain logic.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: { supergraphPath?: string; coordination?: CoordinationStore } = {},
): Promise<ServedGateway> {
  const supergraph = readFileSync(options.supergraphPath ?? SUPERGRAPH_PATH, 'utf8');
  const identity = identityResolver(config, logger, options.coordination);
  const persisted = new PersistedQueries(config.persisted);
  const engine = createGatewayEngine(config, logger, supergraph, identity, persisted);
  // the subgraphs' cache hints, composed into the same supergraph: one run-time input
  const policies = CachePolicies.fromSupergraph(supergraph, { maxSeconds: config.responseCache.maxSeconds, maxTexts: config.responseCache.maxEntries, maxTokens: config.limits.maxTokens });
  const corsHeaders = (origin: string | undefined) => corsHeadersFor(config.corsOrigins, origin);
  const downloadCorsHeaders = (req: IncomingMessage) =>
    corsHeadersFor(config.corsOrigins, req.headers.origin, req.method === 'OPTIONS' ? { method: header(req, 'access-control-request-method'), headers: header(req, 'access-control-request-headers') } : undefined);
  const served = await serveGateway(engine, {
    logger,
    port: config.port,
    host: config.host,
    maxBodyBytes: config.limits.maxBodyBytes,
    responseCache: new ResponseCache({ maxEntries: config.responseCache.maxEntries, maxBytes: config.responseCache.maxBytes, policies, persisted }),
    routes: { ...ticketDownloadRoutes(config.subgraphUrls.tickets, logger, downloadCorsHeaders), ...(config.saml ? samlRoutes(config.saml, config.tokenSecret, identity, logger) : {}) },
    // probes and anyone else share one round of questions to the subgraphs a second
    notReady: sharedCheck(notReadySubgraphs(config, logger), READY_CHECK_TTL_MS),
    corsHeaders,
    explorer: new ExplorerPage(offlineExplorerHtml()),
  });
  const metrics = config.metricsPort === undefined ? undefined : await serveMetricsPort(config.metricsPort, config.host);
  return {
    ...served,
    metricsUrl: metrics?.url,
    async close() {
      await metrics?.close();
      await served.close();
      await engine.dispose();
      await identity.close();
    },
  };
}

const READY_CHECK_TTL_MS = 1000;

/**
 * The subgraphs that do not say they are ready (the catalog only is once its snapshot is loaded),
 * until all of them have been ready at once: a starting gateway waits for them. After that the
 * gateway stays ready whatever a subgraph does: every replica shares the same subgraphs, so taking
 * them all out of rotation for one subgraph's outage would turn a missing field into a total
 * outage (the engine answers the other subgraphs' fields, and codes the missing ones). Their URLs
 * are internal: the log names them (each time the set of missing ones changes), `/ready` does not.
 */
function notReadySubgraphs(config: GatewayConfig, logger: Logger): () => Promise<NotReady[]> {
  let lastLogged = '';
  let wasReady = false;
  return async () => {
    const checks = Object.entries(config.subgraphUrls).map(async ([subgraph, url]) => {
      const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) }).catch((err: Error) => err);
      if (res instanceof Response && res.ok) return undefined;
      return { subgraph, url, reason: res instanceof Response ? `HTTP ${res.status} from /ready` : `no answer (${failureReason(res)})` };
    });
    const missing = (await Promise.all(checks)).filter((check) => check !== undefined);
    const summary = JSON.stringify(missing);
    if (summary !== lastLogged && missing.length > 0) logger.warn('subgraphs not ready', { notReady: missing });
    lastLogged = summary;
    if (missing.length === 0) wasReady = true;
    return wasReady ? [] : missing.map(({ subgraph, reason }) => ({ subgraph, reason }));
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
