import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { StoreUnavailableError } from '@stx/cache';
import { clientAddress, verifyToken, type Identity, type Sessions, type TrustProxy } from '@stx/identity';
import { storeUnavailable } from '@stx/errors';
import { requestCookies } from '@stx/host';
import { contactCookieOf, type ContactCookie, type CookieKeys } from './contactCookie';
import { SESSION_COOKIE, readSession, type BrowserSession } from './session';

export interface GatewayContext {
  identity: Identity;
  /** SecuTix's own cookies, forwarded to the contacts subgraph only (display fields, cart) */
  stxCookies?: string;
  /** the client's Accept-Language, forwarded to every subgraph for the language rule (packages/language) */
  acceptLanguage?: string;
  /**
   * The refusal of an expired access token. The caller is anonymous for an operation that only
   * renews or ends a session (sessionRenewal.ts), which apps send with the stale header still
   * attached; any other operation is refused with it (401 TOKEN_EXPIRED: refresh).
   */
  expiredToken?: GraphQLError;
}

export interface IdentityOptions {
  tokenSecret: string;
  /** SecuTix's contact cookie counts as identity only when these keys are configured */
  cookieKeys?: CookieKeys;
  /** the cookie's name, `stx_contact_<institution>_<channel>_v1` */
  contactCookieName: string;
  /** how long a contact cookie is accepted from the first time any instance saw it (SESSION_SECONDS) */
  contactCookieSeconds: number;
  /** which proxies may tell the client's address in X-Forwarded-For */
  trustProxy: TrustProxy;
  /** revocation state of access tokens' sessions (logout, password change, refresh token reuse) */
  sessions: Sessions;
}

/**
 * Who is calling, in order: a Bearer access token (mobile apps), the SSO session cookie
 * (browsers), SecuTix's contact cookie when its encryption and signature check out (websites on
 * SecuTix's domain). A token or session that is present but forged, altered, expired or ended
 * refuses the whole request with 401, so a client never silently falls back to anonymous; when
 * the session state cannot be read, the request is refused as retryable, never let through.
 */
export function callerIdentity(req: IncomingMessage, options: IdentityOptions, nowMs: number): GatewayContext | Promise<GatewayContext> {
  const clientIp = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], options.trustProxy);
  const cookies = requestCookies(req.headers.cookie);
  const stxCookies = cookies.size === 0 ? undefined : [...cookies].filter(([name]) => name.startsWith('stx_') && name !== SESSION_COOKIE).map(([n, v]) => `${n}=${v}`).join('; ') || undefined;
  const auth = req.headers.authorization;
  // only a token or a session cookie needs the session store: anyone else is known without waiting for anything
  if (auth) return verifiedAccessToken(auth, options, nowMs).then((claims) => (claims instanceof GraphQLError ? { identity: { contactNumber: undefined, clientIp }, stxCookies, expiredToken: claims } : tokenCaller(claims, clientIp, stxCookies)));
  const session = cookies.get(SESSION_COOKIE);
  if (session) return verifiedSession(session, options, nowMs).then(({ contactNumber, sid }) => ({ identity: { contactNumber, clientIp, sessionId: sid }, stxCookies }));
  const contactCookie = cookies.get(options.contactCookieName);
  const fromCookie = contactCookie && options.cookieKeys ? contactCookieOf(contactCookie, options.cookieKeys) : undefined;
  if (!fromCookie) return { identity: { contactNumber: undefined, clientIp }, stxCookies };
  return cookieSession(fromCookie, options, nowMs).then((sid) => ({ identity: { contactNumber: sid && fromCookie.contactNumber, clientIp, sessionId: sid }, stxCookies }));
}

/**
 * The session of a genuine contact cookie, or undefined (anonymous, as for a cookie that does not
 * verify) once it has ended: `contactCookieSeconds` after any instance first saw that very cookie,
 * or by `logout` (sent with it), `logoutEverywhere` or a password change. SecuTix signs the contact
 * only, never a time, so without this a copied cookie would be someone's identity forever.
 */
async function cookieSession(cookie: ContactCookie, options: IdentityOptions, nowMs: number): Promise<string | undefined> {
  const sid = `stx-cookie:${cookie.fingerprint}`;
  const iat = await orUnavailable(() => options.sessions.firstSeen(sid, nowMs));
  if (nowMs - iat > options.contactCookieSeconds * 1000) return undefined;
  return (await isRevoked({ sub: cookie.contactNumber, sid, iat }, options.sessions, nowMs)) ? undefined : sid;
}

function tokenCaller(claims: Exclude<Awaited<ReturnType<typeof verifiedAccessToken>>, GraphQLError>, clientIp: string | undefined, stxCookies: string | undefined): GatewayContext {
  // an operator token names a back-office operator, never a contact: it reaches operator fields only
  if (claims.role === 'operator') return { identity: { operator: claims.sub, clientIp, sessionId: claims.sid }, stxCookies };
  // a guest token reaches the guest's own open orders only: it is never a logged-in contact
  if (claims.role === 'guest') return { identity: { guestContactNumber: claims.sub, clientIp, sessionId: claims.sid }, stxCookies };
  return { identity: { contactNumber: claims.sub, clientIp, sessionId: claims.sid }, stxCookies };
}

/**
 * `Bearer <token>` (the scheme in any case, RFC 9110 11.1): INVALID_TOKEN (thrown) tells an app to
 * log in again; TOKEN_EXPIRED (returned, see `expiredToken`) to refresh.
 */
async function verifiedAccessToken(auth: string, options: IdentityOptions, nowMs: number) {
  const match = /^Bearer +([A-Za-z0-9._-]{10,2000}) *$/i.exec(auth);
  const verified = match ? verifyToken(match[1], 'access', options.tokenSecret, nowMs) : undefined;
  if (verified && !verified.ok && verified.reason === 'EXPIRED') return tokenRefused('TOKEN_EXPIRED', 'The access token has expired; get a new one with refreshLogin.');
  if (!verified?.ok) throw tokenRefused('INVALID_TOKEN', 'The access token is not valid; log in again.');
  if (await isRevoked(verified.payload, options.sessions, nowMs)) throw tokenRefused('INVALID_TOKEN', 'This session has ended (logout or password change); log in again.');
  return verified.payload;
}

/** the SSO session cookie: signed and unexpired, and its session not ended (logout, logoutEverywhere, password change) */
async function verifiedSession(value: string, options: IdentityOptions, nowMs: number): Promise<BrowserSession> {
  const session = readSession(value, options.tokenSecret, nowMs);
  if (session === 'invalid') throw unauthenticated('The session is not valid or has expired; sign in again.');
  if (await isRevoked({ sub: session.contactNumber, sid: session.sid, iat: session.iat }, options.sessions, nowMs)) throw unauthenticated('This session has ended (logout or password change); sign in again.');
  return session;
}

/**
 * A session whose state cannot be read is refused as retryable (503), never let through. At the
 * request's `nowMs`: a state begun by this very check (a store that lost it) starts no later than a
 * contact cookie first seen by this request.
 */
function isRevoked(claims: Parameters<Sessions['isRevoked']>[0], sessions: Sessions, nowMs: number): Promise<boolean> {
  return orUnavailable(() => sessions.isRevoked(claims, nowMs));
}

async function orUnavailable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    const coded = storeUnavailable();
    throw new GraphQLError(coded.message, { extensions: { ...coded.extensions, http: { status: 503 } } });
  }
}

/**
 * A 401 names the scheme that would be accepted (RFC 9110 11.6.1); a token that was presented but
 * is expired, revoked or not ours is `invalid_token` (RFC 6750 3.1), so a generic OAuth client
 * knows to refresh or log in again without reading our codes. The engine sends
 * `extensions.http.headers` as response headers and keeps them out of the body.
 */
function tokenRefused(code: 'TOKEN_EXPIRED' | 'INVALID_TOKEN', message: string): GraphQLError {
  const challenge = `Bearer error="invalid_token", error_description="${message}"`;
  return new GraphQLError(message, { extensions: { code, retryable: false, http: { status: 401, headers: { 'www-authenticate': challenge } } } });
}

/** a session cookie that is not valid: no token was presented, so the challenge carries no error (RFC 6750 3.1) */
function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', retryable: false, http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } });
}

