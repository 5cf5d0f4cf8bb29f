import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult } from 'graphql';

/** codes of operations refused before execution */
const REFUSALS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'INTROSPECTION_DISABLED']);

/**
 * An operation refused before execution (syntax, schema validation, operation limits) answers
 * HTTP 400 with `retryable: false`, whatever media type the client accepts: the same text will be
 * refused again, and the status tells a client so without reading the body.
 */
export function useRequestRefusals(): GatewayPlugin {
  return {
    onParse() {
      return ({ result }) => {
        if (result instanceof GraphQLError) markNotRetryable(result);
      };
    },
    onValidate() {
      return ({ valid, result }) => {
        if (!valid) for (const error of result) if (error instanceof GraphQLError) markNotRetryable(error);
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !isRefusal(result)) return;
      const refused = result as ExecutionResult;
      setResult({ ...refused, extensions: { ...refused.extensions, http: { status: 400 } } });
    },
  };
}

function markNotRetryable(error: GraphQLError): void {
  (error.extensions as Record<string, unknown>).retryable ??= false;
}

function isRefusal(result: unknown): boolean {
  const { data, errors } = result as ExecutionResult;
  return data === undefined && !!errors?.length && errors.every((e) => REFUSALS.has(String(e.extensions?.code)));
}
