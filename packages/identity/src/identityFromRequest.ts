import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { readIdentity, type Identity } from './identityHeader';

/**
 * The identity of a subgraph request. No header means anonymous; a header that does not verify
 * refuses the whole request with 401, so a forged identity never reaches a resolver.
 */
export function identityFromRequest(req: IncomingMessage, secret: string, nowMs: number): Identity {
  const identity = readIdentity(req.headers, secret, nowMs);
  if (identity === 'invalid') {
    throw new GraphQLError('The identity of this request could not be verified.', {
      extensions: { code: 'UNAUTHENTICATED', retryable: false, http: { status: 401 } },
    });
  }
  return identity ?? {};
}
