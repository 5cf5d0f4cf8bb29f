import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { StoreUnavailableError } from '@stx/cache';
import { SecutixError } from '@stx/secutix-client';
import { fromSecutixError, storeUnavailable, wrappedErrorCode } from '@stx/errors';
import { operationLimitsRule, useOperationLimits, type OperationLimits } from '@stx/operation-limits';
import { serveApollo, type Served, type ServeOptions } from '../serveApollo';
import { requestContextOf, type Logger } from '@stx/observability';
import { callerKeys, identityFromRequest, type Identity } from '@stx/identity';
import { withSharedResolvers } from './sharedResolvers';
import { useSendableText } from './useSendableText';

/** What every subgraph's context carries besides its own: the caller's Accept-Language, forwarded by the gateway. */
export interface RequestLanguage {
  acceptLanguage?: string;
}

export interface SubgraphOptions<TContext extends BaseContext> {
  name: string;
  schemaPath: string;
  resolvers: unknown;
  port: number;
  host?: string;
  /** verifies the gateway's identity header; a header that does not verify refuses the request */
  identitySecret: string;
  /** the same kinds of limit as the gateway's: a subgraph reached directly is no way around them */
  limits: OperationLimits;
  context(req: IncomingMessage, identity: Identity): Promise<TContext> | TContext;
  ready?(): Promise<boolean> | boolean;
  logger: Logger;
  /** plain HTTP routes beside /graphql (e.g. signed downloads) */
  routes?: ServeOptions<TContext>['routes'];
}

/** One subgraph on one port: schema from its own SDL file, errors mapped to our codes. */
export async function startSubgraph<TContext extends BaseContext>(options: SubgraphOptions<TContext>): Promise<Served> {
  const apollo = new ApolloServer<TContext>({
    schema: subgraphSchema(options),
    validationRules: [operationLimitsRule(options.limits)],
    // the HTTP layer refuses longer documents first, with the limit named; this holds for any other way in
    parseOptions: { maxTokens: options.limits.maxTokens },
    // INTROSPECTION decides, in the limits rule, whatever NODE_ENV says
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // runService drains on SIGTERM; Apollo's own handler would stop executing at once, failing requests in flight
    stopOnTerminationSignals: false,
    // federated tracing is for Apollo Studio, which this product does not report to; the gateway
    // reads the cache hints from the supergraph (apps/gateway/src/cachePolicy), never from a
    // subgraph's answer, and Apollo's cache-control plugin wrapped every field's resolver to
    // compute a policy nobody read (about 4% of the subgraphs' CPU on a product page)
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), useOperationLimits(options.limits), useSendableText()],
    formatError: (formatted, error) => formatError(formatted, error, options.logger, options.name),
  });
  await apollo.start();
  return serveApollo(apollo, {
    name: options.name,
    logger: options.logger,
    port: options.port,
    host: options.host,
    context: async ({ req }) => {
      const identity = identityFromRequest(req, options.identitySecret, Date.now());
      // the SecuTix calls this request makes count against its caller's share (secutix-runtime's budget)
      const request = requestContextOf(req);
      if (request) request.callers = callerKeys(identity);
      return withRequestLanguage(await options.context(req, identity), req);
    },
    ready: options.ready,
    routes: options.routes,
    maxTokens: options.limits.maxTokens,
    maxBodyBytes: options.limits.maxBodyBytes,
  });
}

/**
 * The executable schema of a subgraph, built once per process for the same SDL file, resolvers and
 * logger: it holds no request's state (contexts are per request), and a process that starts the same
 * subgraph again (a test host starts each one for every stack) would otherwise build it again,
 * federation's schema building being most of a start's CPU.
 */
const built = new WeakMap<object, { schemaPath: string; logger: Logger; schema: GraphQLSchema }>();
function subgraphSchema(options: Pick<SubgraphOptions<BaseContext>, 'schemaPath' | 'resolvers' | 'logger' | 'name'>): GraphQLSchema {
  const cached = built.get(options.resolvers as object);
  if (cached?.schemaPath === options.schemaPath && cached.logger === options.logger) return cached.schema;
  const typeDefs = parse(readFileSync(options.schemaPath, 'utf8'));
  const schema = buildSubgraphSchema({ typeDefs, resolvers: withSharedResolvers(typeDefs, options.resolvers, options.logger, options.name) as GraphQLResolverMap<unknown> });
  built.set(options.resolvers as object, { schemaPath: options.schemaPath, logger: options.logger, schema });
  return schema;
}

/** the language rule needs the caller's Accept-Language in every resolver, userError messages included */
function withRequestLanguage<TContext extends BaseContext>(context: TContext, req: IncomingMessage): TContext {
  const header = req.headers['accept-language'];
  const own = context as TContext & RequestLanguage;
  if (own.acceptLanguage === undefined && header !== undefined) own.acceptLanguage = header;
  return context;
}

/** SecuTix and coordination-store failures become coded errors; unexpected ones are logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger, subgraph: string): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof SecutixError) {
    const coded = fromSecutixError(original);
    return { ...formatted, message: coded.message, extensions: { ...coded.extensions } };
  }
  if (original instanceof StoreUnavailableError) {
    const coded = storeUnavailable();
    return { message: coded.message, path: formatted.path, locations: formatted.locations, extensions: { ...coded.extensions } };
  }
  const own = wrappedErrorCode(error);
  if (own) return { ...formatted, extensions: { ...formatted.extensions, code: own } };
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error('unexpected error', { subgraph, message: formatted.message, path: formatted.path, stack: (original as Error)?.stack?.split('\n').slice(0, 5).join(' | ') });
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } };
  }
  return formatted;
}
