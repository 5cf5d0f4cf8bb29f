import type { IncomingMessage } from 'node:http';
import { createCoordinationStore, type CoordinationStore } from '@stx/cache';
import { Sessions } from '@stx/identity';
import type { Logger } from '@stx/observability';
import type { GatewayConfig } from '../config';
import { callerIdentity, type GatewayContext } from './callerIdentity';

export interface IdentityResolver {
  /** the GraphQL context of one request: who calls, verified (at once unless a token's session must be looked up) */
  contextOf(req: IncomingMessage): GatewayContext | Promise<GatewayContext>;
  /** revocation state of login sessions (tokens and SSO cookies), shared with the contacts subgraph */
  readonly sessions: Sessions;
  /** the coordination store behind them (fails closed), for the sign-on requests in flight */
  readonly store: CoordinationStore;
  close(): Promise<void>;
}

/**
 * The gateway's side of identity, built once per process: the options of callerIdentity and the
 * coordination store where the contacts subgraph records ended sessions.
 *
 * `coordination` is given when the gateway runs in one process with the subgraphs (`npm start`),
 * so both see one in-memory store. A gateway on its own without REDIS_URL has a store nobody
 * else writes: logouts made through another process are then not seen, hence the warning.
 */
export function identityResolver(config: GatewayConfig, logger: Logger, coordination?: CoordinationStore): IdentityResolver {
  const store = coordination ?? createCoordinationStore({ redisUrl: config.redisUrl, namespace: config.storeNamespace });
  if (!coordination && !config.redisUrl) logger.warn('no REDIS_URL: logout and password changes made in a separate contacts process will not end access tokens here');
  const sessions = new Sessions(store);
  // the sessions' state begins no later than this gateway: tokens issued from now on (an
  // operator's, by a subgraph whose store this may not be) are never taken for older ones
  void sessions.opening(Date.now());
  const options = {
    tokenSecret: config.tokenSecret,
    cookieKeys: config.cookieKeys,
    contactCookieName: config.contactCookieName,
    contactCookieSeconds: config.contactCookieSeconds,
    trustProxy: config.trustProxy,
    sessions,
  };
  return {
    sessions,
    store,
    contextOf: (req) => callerIdentity(req, options, Date.now()),
    close: async () => {
      if (!coordination) await store.close();
    },
  };
}
