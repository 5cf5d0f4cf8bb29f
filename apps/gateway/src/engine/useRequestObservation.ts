import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { requestContextOf } from '@stx/observability';
import { reqOf } from './reqOf';
import { getOperationAST } from 'graphql';

/**
 * Tells the request context (metrics, access log) the operation's name and whether its answer
 * carried errors: the engine knows both, the HTTP front in front of it does not.
 */
export function useRequestObservation(): GatewayPlugin {
  return {
    onExecute({ args }) {
      const request = requestContextOf(reqOf(args.contextValue));
      if (request) request.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? args.operationName ?? undefined;
      return {
        onExecuteDone({ result }) {
          if (request && !(Symbol.asyncIterator in result) && result.errors?.length) request.graphqlErrors = true;
        },
      };
    },
  };
}
