import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import type { Logger } from '@stx/observability';
import type { GatewayConfig } from '../config';
import { corsAnswerFor } from '../cors/corsPolicy';
import { useVaryOrigin } from '../cors/useVaryOrigin';
import type { IdentityResolver } from '../identity/identityResolver';
import { IdentitySigner } from '../identity/IdentitySigner';
import type { PersistedQueries } from '../persisted/PersistedQueries';
import { hiveLogger } from './hiveLogger';
import { subgraphHeaders } from './subgraphHeaders';
import { useCallerIdentity } from './useCallerIdentity';
import { useDocumentCache } from './useDocumentCache';
import { useFrontOwnedChecks } from './useFrontOwnedChecks';
import { useGatewayOperationLimits } from './useOperationLimits';
import { useEntityBatchSplit } from './useEntityBatchSplit';
import { useErrorCodes } from './useErrorCodes';
import { useRequestObservation } from './useRequestObservation';
import { useRequestRefusals } from './useRequestRefusals';
import { useSharedScalars } from './useSharedScalars';
import { useSubgraphConnections } from './useSubgraphConnections';
import { useSubgraphFailures } from './useSubgraphFailures';
import { useSubgraphFetchLog } from './useSubgraphFetchLog';
import { useSubgraphFetchSharing } from './useSubgraphFetchSharing';
import { useSubgraphTracing } from './useSubgraphTracing';

/**
 * Hive Gateway's runtime with its Rust query planner over the committed supergraph (never composed
 * at run time), the subgraph URLs of the configuration, and our plugins: caller identity, the
 * signed identity header, the operation limits and persisted queries.
 * Chosen on measurements: see the README's benchmark findings.
 */
export function createGatewayEngine(config: GatewayConfig, logger: Logger, supergraph: string, identity: IdentityResolver, persisted: PersistedQueries): GatewayRuntime {
  const signer = new IdentitySigner(config.identitySecret);
  return createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    // given, not looked up by name at run time: one module graph, loaded at start
    transports: { http: httpTransport },
    // identical queries in flight are shared by useSubgraphFetchSharing, without the engine's clone per fetch
    transportEntries: Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: false } }])),
    logging: hiveLogger(logger),
    // the front serves the explorer page (http/explorerPage.ts), compressed once
    graphiql: false,
    landingPage: false,
    // our subgraphs code every error themselves; a subgraph's name is nothing a client needs
    subgraphErrors: false,
    // no request id header: nothing of ours reads it, and it costs a random id per request
    requestId: false,
    propagateHeaders: { fromClientToSubgraphs: subgraphHeaders },
    // CORS_ORIGINS decides per request; preflights are answered 204 by the engine before any plugin of ours
    cors: (request) => corsAnswerFor(config.corsOrigins, request.headers.get('origin')),
    // no `csrfPrevention` here: CSRF is one rule, the HTTP front's (http/requestChecks.ts), which
    // every request passes before the response cache and the engine
    // trusted documents only (PERSISTED_DOCUMENTS_ONLY), else undefined
    persistedDocuments: persisted.runtimeOption(),
    plugins: () => [
      // APQ first: the document it finds by hash is what every later plugin sees
      ...persisted.plugins(),
      useSharedScalars(),
      useCallerIdentity(identity, signer),
      useGatewayOperationLimits(config.limits),
      // in place of the engine's own, which is bounded by count only
      useDocumentCache(config.documentCache),
      // the front bounds the body and answers /ready before the engine sees a request
      useFrontOwnedChecks(),
      useRequestRefusals(),
      useRequestObservation(),
      useSubgraphTracing(config.subgraphUrls),
      useVaryOrigin(),
      // the first fetch hook: the fetch every later one wraps
      useSubgraphConnections(),
      // split first, so that the failures of each part are coded too
      useEntityBatchSplit(config.subgraphMaxBodyBytes),
      useSubgraphFailures(logger),
      useSubgraphFetchLog(config.subgraphUrls, logger),
      // last of the fetch hooks, so outermost: the fetches that share an answer share its failure log too
      useSubgraphFetchSharing(),
      useErrorCodes(logger),
    ],
  });
}
