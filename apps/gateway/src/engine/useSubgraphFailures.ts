import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { codedError, errorCodes } from '@stx/errors';
import { requestLogFields, type Logger } from '@stx/observability';
import { reqOf } from './reqOf';
import { GraphQLError, type ExecutionResult } from 'graphql';

/** what a client may see of an error coded by one of our subgraphs; the rest stays here */
const KEPT_EXTENSIONS = new Set(['code', 'retryable', 'service', 'operation', 'limit', 'value', 'max', 'retryAfterSeconds', 'argument']);

/**
 * Every subgraph answer passes here before the engine merges it. A transport failure (no
 * connection, timeout, a 5xx, a body that is not a GraphQL answer) becomes `UPSTREAM_UNAVAILABLE`,
 * retryable, in place of the fields that subgraph owed, so the other subgraphs' fields are still
 * answered; the subgraph's name, URL, status and body go to the log only. An error one of our
 * subgraphs coded itself keeps its message and code but loses anything else (an HTTP client's
 * `response`, `request`, a stack).
 */
export function useSubgraphFailures(logger: Logger): GatewayPlugin {
  return {
    // A 413 is known by its status, whatever its body says (ours, a proxy's HTML, nothing): the
    // body is dropped unread and the engine gets our coded error in its place. Retrying the same
    // operation gives the same request, so it is not retryable; asking for less is what helps.
    onFetch({ fetchFn, setFetchFn, executionRequest, context }) {
      if (!executionRequest) return;
      setFetchFn(async (...args) => {
        const response = await fetchFn(...args);
        if (response.status !== 413) return response;
        await response.body?.cancel().catch(() => undefined);
        logger.error('subgraph refused a request body over its limit (413)', { ...requestLogFields(reqOf(context)), subgraph: executionRequest?.subgraphName, url: args[0] });
        return Response.json({ errors: [tooLarge()] }, { status: 413 }) as unknown as typeof response;
      });
    },
    onSubgraphExecute({ subgraphName, transportEntry, executor, setExecutor, executionRequest }) {
      const url = transportEntry?.location;
      const fail = (detail: Record<string, unknown>): ExecutionResult => {
        logger.error('subgraph request failed', { ...requestLogFields(reqOf(executionRequest.context)), subgraph: subgraphName, url, ...detail });
        return { errors: [unavailable()] };
      };
      const checked = (result: unknown): unknown => {
        if (!isExecutionResult(result) || !result.errors?.length) return result;
        const transport = result.errors.filter((error) => !isCoded(error));
        if (transport.length > 0) {
          const failed = fail({ errors: transport.map(describe) });
          // whatever data came with a transport failure is not trusted
          return result.data == null ? failed : { ...result, errors: [...(failed.errors ?? []), ...result.errors.filter(isCoded).map(sanitized)] };
        }
        return { ...result, errors: result.errors.map(sanitized) };
      };
      const thrown = (error: unknown) => fail({ error: (error as Error)?.message ?? String(error) });
      // not an async function: an answer already at hand (the engine's deduplicated fetches) stays synchronous
      const guarded = (request: Parameters<typeof executor>[0]): unknown => {
        let result: unknown;
        try {
          result = executor(request);
        } catch (error) {
          return thrown(error);
        }
        return isThenable(result) ? result.then(checked, thrown) : checked(result);
      };
      setExecutor(guarded as typeof executor);
    },
  };
}

function tooLarge(): GraphQLError {
  return codedError('QUERY_TOO_COMPLEX', 'This operation needs more data in one request than a part of the service accepts; ask for fewer items or shorter arguments.', { limit: 'subgraphRequestBytes' });
}

function unavailable(): GraphQLError {
  return codedError('UPSTREAM_UNAVAILABLE', 'Part of this answer is unavailable for a moment; try again later.');
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function isExecutionResult(result: unknown): result is ExecutionResult {
  return result !== null && typeof result === 'object' && !(Symbol.asyncIterator in result);
}

/** coded by one of our subgraphs: a code of the registry, and no HTTP client's details of a failed call */
function isCoded(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && code in errorCodes && code !== 'INTERNAL_SERVER_ERROR' && error.extensions.response === undefined;
}

function sanitized(error: GraphQLError): GraphQLError {
  const extensions = Object.fromEntries(Object.entries(error.extensions ?? {}).filter(([key]) => KEPT_EXTENSIONS.has(key)));
  return new GraphQLError(error.message, { path: error.path, extensions });
}

function describe(error: GraphQLError): Record<string, unknown> {
  const response = error.extensions?.response as { status?: number; body?: unknown } | undefined;
  const body = typeof response?.body === 'string' ? response.body : JSON.stringify(response?.body);
  return { message: error.message, code: error.extensions?.code, status: response?.status, body: body?.slice(0, 2000) };
}
