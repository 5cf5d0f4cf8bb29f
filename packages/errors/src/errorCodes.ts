import { GraphQLError } from 'graphql';

/**
 * The one registry of client-visible error codes. Every error a client sees carries one of these
 * in `extensions.code`, plus `retryable`, and where SecuTix was involved its service and operation.
 */
export const errorCodes = {
  NOT_FOUND: { retryable: false, description: 'No entity with this id.' },
  BAD_USER_INPUT: { retryable: false, description: 'An argument is malformed or out of range, or a value is no `LanguageCode` or `CountryCode` (`extensions.scalar` names which; the whole operation is refused, HTTP 400).' },
  UNAUTHENTICATED: { retryable: false, description: 'No verified identity, or a session or identity header that is forged, altered or expired: log in again.' },
  TOKEN_EXPIRED: { retryable: false, description: 'The access token has expired (HTTP 401): get a new one with refreshLogin, then repeat the request.' },
  INVALID_TOKEN: { retryable: false, description: 'The access token is forged, altered, malformed or its session was ended (logout, logoutEverywhere, password change, refresh token reuse) (HTTP 401): log in again.' },
  FORBIDDEN: { retryable: false, description: 'The data belongs to another contact, or the field is for back-office operators only (distribution).' },
  QUERY_TOO_COMPLEX: { retryable: false, description: 'The operation exceeds a limit: `extensions.limit` names it (depth, aliases, fields, cost, tokens, introspectionDepth, introspectionFields, introspectionListDepth), with `value` (counted when refused) and `max`; or its body is over the size limit; or (`limit: subgraphRequestBytes`) it needs a request to a part of the service larger than that part accepts (HTTP 413 there): ask for fewer items or shorter arguments.' },
  INTROSPECTION_DISABLED: { retryable: false, description: 'Introspection (`__schema`, `__type`) is switched off on this deployment (`INTROSPECTION=off`).' },
  THROTTLED: { retryable: true, description: 'Too many failed attempts from this client address: unknown voucher codes (`voucher(code)`; payOrder reports it as the userError TOO_MANY_ATTEMPTS); or this caller (a contact, a guest, an operator, else a client address) has spent its share of the SecuTix calls (`SECUTIX_CALLS_PER_CALLER_PER_MINUTE`), so that no one caller can spend the budget every caller shares. `extensions.retryAfterSeconds` says when it may ask again; nothing was asked of SecuTix.' },
  UPSTREAM_RATE_LIMITED: { retryable: true, description: 'SecuTix refused the call (HTTP 509/429) or our shared call budget is spent; try later (after `extensions.retryAfterSeconds` when it is given).' },
  UPSTREAM_UNAVAILABLE: { retryable: true, description: 'SecuTix did not answer or answered with a technical error, or failed repeatedly and is not called for a moment (circuit open), or the shared store that guards orders, logins and sessions could not answer (nothing was done).' },
  UPSTREAM_AUTH: { retryable: false, description: 'SecuTix refused our credentials: a configuration problem of this deployment.' },
  UPSTREAM_ERROR: { retryable: false, description: 'SecuTix refused the request for a business reason.' },
  INTERNAL_SERVER_ERROR: { retryable: false, description: 'A bug on our side.' },
  GRAPHQL_PARSE_FAILED: { retryable: false, description: 'The operation is not valid GraphQL syntax (Apollo Server).' },
  GRAPHQL_VALIDATION_FAILED: { retryable: false, description: 'The operation does not match the schema (Apollo Server).' },
  BAD_REQUEST: { retryable: false, description: 'HTTP 400 (405 for a wrong method): the HTTP request is not a GraphQL request, e.g. its body is not JSON, it has no query, or it is a batch (not supported).' },
  OPERATION_NOT_SUPPORTED: { retryable: false, description: 'HTTP 400: the operation type is not served here (subscriptions): poll with a query instead.' },
  OPERATION_RESOLUTION_FAILURE: { retryable: false, description: 'HTTP 400: `operationName` names no operation of the document, or the document has several operations and no `operationName`.' },
  LINK_INVALID: { retryable: false, description: 'HTTP 403 from a ticket download link: the link is forged or altered.' },
  LINK_EXPIRED: { retryable: false, description: 'HTTP 410 from a ticket download link: it has expired; ask for the ticket (`Order.tickets`) again.' },
  TICKET_CANCELLED: { retryable: false, description: 'HTTP 410 from a ticket download link: the ticket was cancelled or invalidated.' },
  CSRF_PREVENTED: { retryable: false, description: 'HTTP 400: a GET operation, or a POST that is not `application/json`, without an `apollo-require-preflight` (or `x-apollo-operation-name`) header; a browser could send it from any page, so it is refused. Send JSON, or add the header.' },
  UNSUPPORTED_MEDIA_TYPE: { retryable: false, description: 'HTTP 415: a POST whose body is not `content-type: application/json`.' },
  PERSISTED_QUERY_NOT_FOUND: { retryable: false, description: 'No persisted document has this `extensions.persistedQuery.sha256Hash`. With automatic persisted queries (APQ), send the same request with the document in `query` once (HTTP 404, as Apollo clients expect); with trusted documents only (`PERSISTED_DOCUMENTS_ONLY`), the operation is not in the manifest (HTTP 400).' },
  PERSISTED_QUERY_MISMATCH: { retryable: false, description: 'HTTP 400: `extensions.persistedQuery.sha256Hash` is not the sha256 of the `query` sent with it; nothing was stored.' },
  OPERATION_NOT_ALLOWED: { retryable: false, description: 'HTTP 400: this deployment accepts only its trusted documents (`PERSISTED_DOCUMENTS_ONLY`): send the hash of one of them in `extensions.persistedQuery.sha256Hash`, never a document.' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, retryable: errorCodes[code].retryable, ...extensions } });
}

/**
 * Apollo Server wraps validation errors and stamps them GRAPHQL_VALIDATION_FAILED; one of ours
 * underneath (a limit, introspection off) keeps its own code.
 */
export function wrappedErrorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const original = error.originalError;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && code in errorCodes ? (code as ErrorCode) : undefined;
}
