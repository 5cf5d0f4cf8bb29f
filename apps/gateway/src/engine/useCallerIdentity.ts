import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayContext } from '../identity/callerIdentity';
import type { IdentityResolver } from '../identity/identityResolver';
import type { IdentitySigner } from '../identity/IdentitySigner';
import { renewsSessionOnly } from '../identity/sessionRenewal';

/** what the gateway knows of the caller, in every request's context */
export interface CallerContext extends GatewayContext {
  /** the signed identity header every subgraph request carries */
  identityHeader: string;
}

/**
 * Verifies the caller once per request (a bad token or session refuses it with 401 before any
 * planning; an expired token only once the operation is known, see `expiredToken`) and signs the
 * identity the subgraph requests of this request will carry.
 */
export function useCallerIdentity(identity: IdentityResolver, signer: IdentitySigner): GatewayPlugin {
  return {
    onContextBuilding({ context, extendContext }) {
      const req = (context as { req?: IncomingMessage }).req;
      if (!req) throw new Error('the gateway serves Node requests only: no IncomingMessage in the context');
      const extend = (caller: GatewayContext) =>
        extendContext({ ...caller, identityHeader: signer.headerFor(caller.identity, Date.now()), acceptLanguage: forwardedAcceptLanguage(req.headers['accept-language']) } satisfies CallerContext);
      // synchronous unless a token's session must be looked up: a promise here costs every request a turn
      const caller = identity.contextOf(req);
      return caller instanceof Promise ? caller.then(extend) : extend(caller);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const { expiredToken } = args.contextValue as Partial<CallerContext>;
      if (expiredToken && !renewsSessionOnly(args.document, args.operationName)) setResultAndStopExecution({ errors: [expiredToken] });
    },
  };
}

/** Accept-Language as subgraphs get it (for the language rule): a header of reasonable length and characters only */
function forwardedAcceptLanguage(value: string | undefined): string | undefined {
  return value && value.length <= 200 && /^[A-Za-z0-9,;=.*\s_-]+$/.test(value) ? value : undefined;
}
