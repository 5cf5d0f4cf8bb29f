import type { GraphQLError } from 'graphql';
import type { SecutixError } from '@stx/secutix-client';
import { codedError, type ErrorCode } from './errorCodes';

const byKind: Record<SecutixError['kind'], ErrorCode> = {
  RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  BUDGET_EXHAUSTED: 'UPSTREAM_RATE_LIMITED',
  CALLER_BUDGET_EXHAUSTED: 'THROTTLED',
  UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  CIRCUIT_OPEN: 'UPSTREAM_UNAVAILABLE',
  TECHNICAL: 'UPSTREAM_UNAVAILABLE',
  AUTHENTICATION: 'UPSTREAM_AUTH',
  BUSINESS: 'UPSTREAM_ERROR',
};

/**
 * Maps a SecuTix failure to our vocabulary: our code, our message, and which of SecuTix's services
 * and operations failed (documented in docs/error-codes.md). SecuTix's own status code and body are
 * its vocabulary, not ours: they go to the log line of the failed call (the SecuTix runtime's), never
 * to a client.
 */
export function fromSecutixError(err: SecutixError): GraphQLError {
  const code = byKind[err.kind];
  // when it is known (SecuTix's Retry-After, the budget's window, the circuit's pause): a client waits that long, not less
  const { retryAfterSeconds } = err.options;
  return codedError(code, messageFor(code), { service: err.service, operation: err.operation, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });
}

function messageFor(code: ErrorCode): string {
  switch (code) {
    case 'UPSTREAM_RATE_LIMITED':
      return 'SecuTix is busy; this data is not available right now. Try again in a minute.';
    case 'UPSTREAM_UNAVAILABLE':
      return 'SecuTix is not answering; this data is not available right now.';
    case 'THROTTLED':
      return 'Too many requests from you in a short time; try again in a minute.';
    case 'UPSTREAM_AUTH':
      return 'This gateway could not authenticate to SecuTix.';
    default:
      return 'SecuTix refused the request.';
  }
}
