import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import type { CoordinationStore } from '@stx/cache';
import { serveApollo, wrappedErrorCode, type Logger, type Served } from '@stx/subgraph-kit';
import { PUBLIC_ROOT_FIELDS, type GatewayConfig } from './config';
import type { GatewayContext } from './identity/callerIdentity';
import { identityResolver } from './identity/identityResolver';
import { IdentityDataSource } from './identity/IdentityDataSource';
import { samlRoutes } from './identity/samlRoutes';
import { ResponseCache } from './responseCache/ResponseCache';
import { operationLimitsRule, useOperationLimits } from './limits/operationLimits';
import { useOfflineExplorer } from './plugins/useOfflineExplorer';

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
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) => new IdentityDataSource({ name, url: config.subgraphUrls[name] ?? url ?? '' }, config.identitySecret),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [operationLimitsRule(config.limits)],
    // INTROSPECTION decides, in the limits rule, whatever NODE_ENV says
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // runService drains on SIGTERM; Apollo's own handler would stop executing at once, failing requests in flight
    stopOnTerminationSignals: false,
    plugins: [useOfflineExplorer(), useOperationLimits(config.limits)],
    formatError: (formatted, error) => {
      const own = wrappedErrorCode(error);
      if (own) return { ...formatted, extensions: { ...formatted.extensions, code: own } };
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error('gateway error', { message: formatted.message, path: formatted.path });
      return formatted;
    },
  });
  await apollo.start();
  const served = await serveApollo(apollo, {
    name: 'gateway',
    logger,
    port: config.port,
    host: config.host,
    context: ({ req }) => identity.contextOf(req),
    routes: config.saml ? samlRoutes(config.saml, config.tokenSecret, logger) : undefined,
    maxBodyBytes: config.limits.maxBodyBytes,
    maxTokens: config.limits.maxTokens,
    responseCache: new ResponseCache({ ...config.responseCache, publicRootFields: PUBLIC_ROOT_FIELDS }),
    ready: () => readySubgraphs(config),
  });
  return {
    ...served,
    async close() {
      await served.close();
      await apollo.stop();
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
