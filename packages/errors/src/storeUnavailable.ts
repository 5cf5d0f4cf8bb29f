import type { GraphQLError } from 'graphql';
import { codedError } from './errorCodes';

/**
 * What a client gets when the coordination store cannot answer (StoreUnavailableError): nothing
 * was done, and the same request (same idempotency key) may be sent again in a moment.
 */
export function storeUnavailable(): GraphQLError {
  return codedError('UPSTREAM_UNAVAILABLE', 'This cannot be done safely right now (a shared service is unavailable); nothing was done. Retry in a moment.');
}
