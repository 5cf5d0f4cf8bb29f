import { SecutixError } from '@stx/secutix-client';
import { issueToken, newSession, verifyToken, type Session } from '@stx/subgraph-kit';
import type { ContactDataRecord } from '@stx/secutix-client';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { ContactsContext } from '../context';
import { toUserErrors, type UserError } from '../mappers/userErrors';
import { checkEmail, checkText } from '../mappers/validate';
import { requireContact } from './requireContact';
import { recordLoginRefused } from '@stx/observability';

/** an access token and a refresh token of one session */
function tokens(ctx: ContactsContext, contactNumber: string, session: Session, contact: ContactDataRecord | null) {
  const access = issueToken(contactNumber, 'access', ctx.config.tokenSecret, ctx.now, { session });
  const refresh = issueToken(contactNumber, 'refresh', ctx.config.tokenSecret, ctx.now, { session });
  return { token: access.token, expiresAt: access.expiresAt.toISOString(), refreshToken: refresh.token, refreshExpiresAt: refresh.expiresAt.toISOString(), contact, retryAfterSeconds: null, userErrors: [] };
}

const failed = (userErrors: UserError[], retryAfterSeconds: number | null = null) => ({ token: null, expiresAt: null, refreshToken: null, refreshExpiresAt: null, contact: null, retryAfterSeconds, userErrors });
const invalidRefresh = (message = 'This refresh token is not valid; log in again.') => failed([{ code: 'INVALID_TOKEN', field: 'refreshToken', message }]);
const isWrongCredentials = (err: unknown) => err instanceof SecutixError && err.kind === 'BUSINESS' && err.statusCode === 'error.authentication.invalidCredentials';

/**
 * Login, refresh and logout. Session state lives in the coordination store (Sessions), which
 * fails closed: a refresh whose state cannot be read is refused as retryable UPSTREAM_UNAVAILABLE
 * (thrown, mapped in formatError), never granted. Login itself needs no shared state beyond the
 * throttling counters, which fall back to this process while Redis is down.
 */
export const sessionMutations: Pick<MutationResolvers, 'login' | 'refreshLogin' | 'logout' | 'logoutEverywhere' | 'registerGuest'> = {
  /**
   * A guest (guest token) becomes a registered contact. The guest token's session ends first
   * (fail closed: a store that cannot record it refuses the registration), then a login session
   * starts, as after login.
   */
  async registerGuest(_p, { password }, ctx) {
    const guest = ctx.identity.guestContactNumber;
    if (!guest || !ctx.identity.sessionId) return failed([{ code: 'UNAUTHENTICATED', field: null, message: 'Send the guest token of createGuestContact.' }]);
    const errors = checkText(password, 'password', 200, true);
    if (errors.length > 0) return failed(errors);
    let registered: ContactDataRecord;
    try {
      registered = await ctx.contacts.registerGuest(guest, password);
    } catch (err) {
      return failed(toUserErrors(err, 'password'));
    }
    await ctx.sessions.revoke(ctx.identity.sessionId);
    return tokens(ctx, registered.contactNumber, newSession(), registered);
  },

  async login(_p, { email, password }, ctx) {
    const errors = [...checkEmail(email), ...checkText(password, 'password', 200, true)];
    if (errors.length > 0) return failed(errors);
    const clientIp = ctx.identity.clientIp;
    const decision = await ctx.loginGuard.check(clientIp, email);
    if (!decision.allowed) {
      recordLoginRefused('throttled');
      const { retryAfterSeconds } = decision;
      return failed([{ code: 'TOO_MANY_ATTEMPTS', field: null, message: `Too many failed attempts; try again in ${retryAfterSeconds} seconds.` }], retryAfterSeconds);
    }
    let contactNumber: string;
    try {
      contactNumber = await ctx.contacts.authenticate(email.trim(), password);
    } catch (err) {
      if (isWrongCredentials(err)) await ctx.loginGuard.failed(clientIp, email);
      return failed(toUserErrors(err));
    }
    await ctx.loginGuard.succeeded(clientIp, email);
    return tokens(ctx, contactNumber, newSession(), await ctx.contactLoader.load(contactNumber));
  },

  async refreshLogin(_p, { refreshToken }, ctx) {
    const verified = verifyToken(refreshToken, 'refresh', ctx.config.tokenSecret, ctx.now);
    if (!verified.ok && verified.reason === 'EXPIRED') return failed([{ code: 'TOKEN_EXPIRED', field: 'refreshToken', message: 'This refresh token has expired; log in again.' }]);
    if (!verified.ok) return invalidRefresh();
    const claims = verified.payload;
    const outcome = await ctx.sessions.redeem(claims);
    if (outcome === 'reused') return invalidRefresh('This refresh token was already used: the session is ended for safety; log in again.');
    if (outcome === 'revoked') return invalidRefresh('This session has ended; log in again.');
    return tokens(ctx, claims.sub, { sid: claims.sid, gen: claims.gen + 1 }, null);
  },

  async logout(_p, { refreshToken }, ctx) {
    let sessionId = ctx.identity.sessionId;
    if (refreshToken) {
      // a refresh token proves the session without an access token (which may have expired)
      const verified = verifyToken(refreshToken, 'refresh', ctx.config.tokenSecret, ctx.now);
      if (!verified.ok) return { loggedOut: false, userErrors: [{ code: verified.reason === 'EXPIRED' ? 'TOKEN_EXPIRED' : 'INVALID_TOKEN', field: 'refreshToken', message: 'This refresh token is not valid.' }] };
      sessionId = verified.payload.sid;
    } else {
      requireContact(ctx);
    }
    if (!sessionId) return { loggedOut: false, userErrors: [{ code: 'NO_SESSION', field: null, message: 'This request has no token session to end (browser sessions use /auth/logout).' }] };
    await ctx.sessions.revoke(sessionId);
    return { loggedOut: true, userErrors: [] };
  },

  async logoutEverywhere(_p, _a, ctx) {
    await ctx.sessions.revokeContact(requireContact(ctx), ctx.now);
    return { loggedOut: true, userErrors: [] };
  },
};
