import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { errorCodes, localizeError, messageLanguage, type MessageLanguage } from '@stx/errors';
import { requestLogFields, type Logger } from '@stx/observability';
import { reqOf } from './reqOf';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

type Extensions = Record<string, unknown>;

/**
 * Every error a client gets carries a registered `code` and `retryable`, whichever layer raised it:
 * the runtime's request errors (no query, bad JSON, wrong method) and graphql-js's variable
 * errors come without either. An operation type the gateway does not serve (subscriptions) is a
 * validation error with its own code, not an "unexpected error" 500. Every message is told here,
 * once, in the caller's language (Accept-Language, by the language rule: messageLanguage), from
 * the catalogue of its code, whichever subgraph or layer raised it. Runs last.
 */
export function useErrorCodes(logger: Logger): GatewayPlugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(onlyQueriesAndMutations);
    },
    onResultProcess({ request, result, setResult, serverContext }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result as { errors?: readonly unknown[] }).errors;
      if (!errors?.length) return;
      const hasData = (result as { data?: unknown }).data !== undefined;
      const language = messageLanguage(request.headers.get('accept-language') ?? undefined);
      const coded = errors.map((error) => codeError(error as { message: string; extensions?: Extensions }, logger, language, reqOf(serverContext)));
      const requestError = !hasData && coded.every((e) => e.extensions.code === 'BAD_REQUEST' || e.extensions.code === 'BAD_USER_INPUT' || e.extensions.code === 'OPERATION_RESOLUTION_FAILURE');
      const extensions = (result as { extensions?: Extensions }).extensions;
      const status = requestError && !(extensions?.http as { status?: number } | undefined)?.status ? { http: { status: 400 } } : {};
      setResult({ ...result, errors: coded, extensions: { ...extensions, ...status } } as typeof result);
    },
  };
}

/**
 * Messages that are a protocol's token, which clients match on: kept as they are, in every
 * language, the catalogue's explanation going to `extensions.detail`. Apollo's iOS and Kotlin
 * clients send an APQ's document only when the message is exactly `PersistedQueryNotFound`.
 */
const PROTOCOL_MESSAGES: Partial<Record<string, string>> = { PERSISTED_QUERY_NOT_FOUND: 'PersistedQueryNotFound' };

function codeError(error: { message: string; extensions?: Extensions } & object, logger: Logger, language: MessageLanguage, req: object | undefined): GraphQLError | (object & { extensions: Extensions }) {
  const { originalError: _dropped, ...extensions } = { ...(error.extensions ?? {}) } as Extensions;
  let code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code === undefined) code = /^Variable "\$/.test(error.message) ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  if (!(code in errorCodes)) logger.error('an unregistered error code reached a client', { ...requestLogFields(req), code });
  const registered = errorCodes[code as keyof typeof errorCodes];
  const retryable = typeof extensions.retryable === 'boolean' ? extensions.retryable : (registered?.retryable ?? false);
  const localized = localizeError(code, error.message, extensions, language);
  const token = PROTOCOL_MESSAGES[code];
  const message = token ?? localized.message;
  const detail = token ? localized.message : localized.detail;
  const next = { ...extensions, code, retryable, ...(detail ? { detail } : {}) };
  if (error instanceof GraphQLError) {
    return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: next });
  }
  return { ...error, message, extensions: next };
}

/** subscriptions are not served: refused before planning with a code a client can act on */
function onlyQueriesAndMutations(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(new GraphQLError('Subscriptions are not supported by this endpoint; poll with a query instead.', { nodes: [node], extensions: { code: 'OPERATION_NOT_SUPPORTED', retryable: false } }));
      }
    },
  };
}
