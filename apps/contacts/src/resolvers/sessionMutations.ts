import type { ContactDataRecord } from '@stx/secutix-client';
import { businessRefusal, refusalUserError, userError, type UserError } from '@stx/errors';
import { issueToken, newSession, verifyToken, type Session } from '@stx/identity';
import { requireContact } from '@stx/domain-rules';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { ContactsContext } from '../context';
import { checkEmail, checkText } from '../mappers/validate';
import { recordLoginRefused } from '@stx/observability';

/** an access token and a refresh token of one session */
async function tokens(ctx: ContactsContext, contactNumber: string, session: Session, contact: ContactDataRecord | null) {
  await ctx.sessions.opening(ctx.now);
  const access = issueToken(contactNumber, 'access', ctx.config.tokenSecret, ctx.now, { session });
  const refresh = issueToken(contactNumber, 'refresh', ctx.config.tokenSecret, ctx.now, { session });
  return { token: access.token, expiresAt: access.expiresAt.toISOString(), refreshToken: refresh.token, refreshExpiresAt: refresh.expiresAt.toISOString(), contact, retryAfterSeconds: null, userErrors: [] };
}

const failed = (userErrors: UserError[], retryAfterSeconds: number | null = null) => ({ token: null, expiresAt: null, refreshToken: null, refreshExpiresAt: null, contact: null, retryAfterSeconds, userErrors });
const invalidRefresh = (key: 'INVALID_TOKEN.refresh' | 'INVALID_TOKEN.reused' | 'INVALID_TOKEN.ended' = 'INVALID_TOKEN.refresh') => failed([userError(key, 'refreshToken')]);
export const isWrongCredentials = (err: unknown) => businessRefusal(err) === 'error.authentication.invalidCredentials';

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
    if (!guest || !ctx.identity.sessionId) return failed([userError('UNAUTHENTICATED.guestToken')]);
    const errors = checkText(password, 'password', 200, true);
    if (errors.length > 0) return failed(errors);
    let registered: ContactDataRecord;
    try {
      registered = await ctx.contacts.registerGuest(guest, password);
    } catch (err) {
      return failed([refusalUserError(err, { field: 'password' })]);
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
      return failed([userError('TOO_MANY_ATTEMPTS', null, { seconds: retryAfterSeconds })], retryAfterSeconds);
    }
    let contactNumber: string;
    try {
      contactNumber = await ctx.contacts.authenticate(email.trim(), password);
    } catch (err) {
      if (isWrongCredentials(err)) await ctx.loginGuard.failed(clientIp, email);
      return failed([refusalUserError(err)]);
    }
    await ctx.loginGuard.succeeded(clientIp, email);
    return tokens(ctx, contactNumber, newSession(), await ctx.contactLoader.load(contactNumber));
  },

  async refreshLogin(_p, { refreshToken }, ctx) {
    const verified = verifyToken(refreshToken, 'refresh', ctx.config.tokenSecret, ctx.now);
    if (!verified.ok && verified.reason === 'EXPIRED') return failed([userError('TOKEN_EXPIRED.refresh', 'refreshToken')]);
    if (!verified.ok) return invalidRefresh();
    const claims = verified.payload;
    const outcome = await ctx.sessions.redeem(claims, ctx.now, ctx.config.refreshReuseGraceMs);
    if (outcome === 'reused') return invalidRefresh('INVALID_TOKEN.reused');
    if (outcome === 'revoked') return invalidRefresh('INVALID_TOKEN.ended');
    return tokens(ctx, claims.sub, { sid: claims.sid, gen: claims.gen + 1 }, null);
  },

  async logout(_p, { refreshToken }, ctx) {
    let sessionId = ctx.identity.sessionId;
    if (refreshToken) {
      // a refresh token proves the session without an access token (which may have expired)
      const verified = verifyToken(refreshToken, 'refresh', ctx.config.tokenSecret, ctx.now);
      if (!verified.ok) return { loggedOut: false, userErrors: [userError(verified.reason === 'EXPIRED' ? 'TOKEN_EXPIRED.refresh' : 'INVALID_TOKEN.refresh', 'refreshToken')] };
      sessionId = verified.payload.sid;
    }
    // a caller with no session to end (anonymous, or a refresh token's session already ended) is told so, as the schema says
    if (!sessionId) return { loggedOut: false, userErrors: [userError('NO_SESSION')] };
    await ctx.sessions.revoke(sessionId);
    return { loggedOut: true, userErrors: [] };
  },

  async logoutEverywhere(_p, _a, ctx) {
    await ctx.sessions.revokeContact(requireContact(ctx.identity), ctx.now);
    return { loggedOut: true, userErrors: [] };
  },
};
