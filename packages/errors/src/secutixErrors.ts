import type { GraphQLError } from 'graphql';
import type { SecutixError } from '@stx/secutix-client';
import { codedError, type ErrorCode } from './errorCodes';

const byKind: Record<SecutixError['kind'], ErrorCode> = {
  RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  BUDGET_EXHAUSTED: 'UPSTREAM_RATE_LIMITED',
  UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  CIRCUIT_OPEN: 'UPSTREAM_UNAVAILABLE',
  TECHNICAL: 'UPSTREAM_UNAVAILABLE',
  AUTHENTICATION: 'UPSTREAM_AUTH',
  BUSINESS: 'UPSTREAM_ERROR',
};

/** Maps a SecuTix failure to our vocabulary. The raw upstream body is for logs only. */
export function fromSecutixError(err: SecutixError): GraphQLError {
  const code = byKind[err.kind];
  return codedError(code, messageFor(code), { service: err.service, operation: err.operation, secutixStatus: err.statusCode });
}

function messageFor(code: ErrorCode): string {
  switch (code) {
    case 'UPSTREAM_RATE_LIMITED':
      return 'SecuTix is busy; this data is not available right now. Try again in a minute.';
    case 'UPSTREAM_UNAVAILABLE':
      return 'SecuTix is not answering; this data is not available right now.';
    case 'UPSTREAM_AUTH':
      return 'This gateway could not authenticate to SecuTix.';
    default:
      return 'SecuTix refused the request.';
  }
}
