import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { requestLogFields, type Logger } from '@stx/observability';
import { reqOf } from './reqOf';

/**
 * A subgraph call that fails or answers an HTTP error is logged with the subgraph's name and the
 * URL the gateway used: "fetch failed" alone does not tell an operator which setting is wrong.
 * Only the log gets the URL; the client's error stays coded and free of topology.
 */
export function useSubgraphFetchLog(subgraphUrls: Record<string, string>, logger: Logger): GatewayPlugin {
  const byUrl = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));
  return {
    onFetch({ url, fetchFn, setFetchFn, executionRequest, context }) {
      const subgraph = executionRequest?.subgraphName ?? byUrl.get(url);
      if (subgraph === undefined) return undefined;
      setFetchFn((...args) =>
        Promise.resolve(fetchFn(...args)).catch((err: Error) => {
          logger.error('subgraph call failed', { ...requestLogFields(reqOf(context)), subgraph, url, reason: failureReason(err) });
          throw err;
        }),
      );
      return ({ response }) => {
        if (!response.ok) logger.warn('subgraph answered an HTTP error', { ...requestLogFields(reqOf(context)), subgraph, url, status: response.status });
      };
    },
  };
}

/** "fetch failed" says nothing: the cause's code (ECONNREFUSED, ENOTFOUND, ...) says what to fix */
export function failureReason(err: Error): string {
  const cause = err.cause as (Error & { code?: string }) | undefined;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${err.message}: ${detail}` : err.message;
}
