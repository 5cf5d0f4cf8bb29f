import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { StoreUnavailableError } from '@stx/cache';
import { isContactNumber } from '@stx/domain-rules';
import { requestCookies } from '@stx/host';
import { storeUnavailable } from '@stx/errors';
import type { CoordinationStore } from '@stx/cache';
import type { Sessions } from '@stx/identity';
import type { Logger } from '@stx/observability';
import { claimAnswer, samlRequestIds, SIGN_ON_SECONDS } from './samlRequestIds';
import { SESSION_COOKIE, clearedSessionCookie, readSession, sessionCookie } from './session';

export interface SamlConfig {
  idpSsoUrl: string;
  idpCertPem: string;
  spEntityId: string;
  /** the gateway's public base URL, for the assertion consumer service */
  publicUrl: string;
  sessionSeconds: number;
  /** origins (besides the gateway's own paths) a sign-on may return to: those of CORS_ORIGINS */
  returnOrigins?: (origin: string) => boolean;
}

/**
 * SAML single sign-on with SecuTix as identity provider and the gateway as service provider:
 * `/auth/saml/login` sends the browser to SecuTix's login page; `/auth/saml/acs` checks the signed
 * answer (signature, audience, time window, InResponseTo) and opens a session cookie;
 * `/auth/logout` ends that session (a copy of the cookie is refused from then on) and clears it.
 */
export function samlRoutes(config: SamlConfig, sessionSecret: string, state: { sessions: Sessions; store: CoordinationStore }, logger: Logger): Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>> {
  const saml = new SAML({
    entryPoint: config.idpSsoUrl,
    issuer: config.spEntityId,
    callbackUrl: `${config.publicUrl}/auth/saml/acs`,
    idpCert: config.idpCertPem,
    audience: config.spEntityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    cacheProvider: samlRequestIds(state.store),
    requestIdExpirationPeriodMs: SIGN_ON_SECONDS * 1000,
    acceptedClockSkewMs: 5000,
  });
  return {
    '/auth/saml/login': async (req, res) => {
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://x').searchParams.get('returnTo'), config.returnOrigins);
      const nonce = randomBytes(16).toString('base64url');
      let location: string;
      try {
        location = await saml.getAuthorizeUrlAsync(`${nonce}.${returnTo}`, undefined, {});
      } catch (err) {
        if (err instanceof StoreUnavailableError) return unavailable(res, logger, 'sign-on not started: the store of sign-on requests is unavailable', err);
        throw err;
      }
      res.writeHead(302, { location, 'set-cookie': signOnCookie(nonce, SIGN_ON_SECONDS) });
      res.end();
    },
    '/auth/saml/acs': async (req, res, body) => {
      const form = new URLSearchParams(body);
      const relay = form.get('RelayState') ?? '';
      const dot = relay.indexOf('.');
      try {
        // before the answer is looked at (and its request id spent): this browser must be the one that asked
        if (dot < 0 || !sameText(relay.slice(0, dot), cookieOf(req, SIGN_ON_COOKIE))) throw new Error('no sign-on of this browser matches the answer (login CSRF, or cookies off)');
        const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: form.get('SAMLResponse') ?? '' });
        if (!profile?.nameID || !isContactNumber(profile.nameID)) throw new Error('no contact number in the assertion');
        if (typeof profile.inResponseTo !== 'string' || !(await claimAnswer(state.store, profile.inResponseTo))) throw new Error('this sign-on answer was already used');
        const openedAt = Date.now();
        await state.sessions.begin(openedAt);
        res.writeHead(303, {
          location: safeReturnPath(relay.slice(dot + 1), config.returnOrigins),
          'set-cookie': [sessionCookie(profile.nameID, sessionSecret, openedAt, config.sessionSeconds), signOnCookie('', 0)],
        });
        res.end();
      } catch (err) {
        if (err instanceof StoreUnavailableError) return unavailable(res, logger, 'sign-on answer not checked: the store of sign-on requests is unavailable', err);
        logger.warn('SAML response refused', { reason: (err as Error).message });
        res.writeHead(401, { 'content-type': 'application/json' });
        // not "must be logged in" (requireCaller's rule): a sign-on answer that did not verify
        res.end(JSON.stringify({ errors: [{ message: 'The sign-on answer could not be verified.', extensions: { code: 'UNAUTHENTICATED', retryable: false } }] }));
      }
    },
    '/auth/logout': async (req, res) => {
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://x').searchParams.get('returnTo'), config.returnOrigins);
      const cookie = cookieOf(req, SESSION_COOKIE);
      const session = cookie ? readSession(cookie, sessionSecret, Date.now()) : 'invalid';
      try {
        if (session !== 'invalid') await state.sessions.revoke(session.sid);
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) throw err;
        // the cookie is cleared from this browser, but a copy of it would still be accepted: say so, retryable
        return unavailable(res, logger, 'session not ended at logout: the session store is unavailable', err, { 'set-cookie': clearedSessionCookie() });
      }
      res.writeHead(303, { location: returnTo, 'set-cookie': clearedSessionCookie() });
      res.end();
    },
  };
}

/**
 * Ties SecuTix's answer to the browser that started the sign-on (login CSRF: an attacker's own
 * genuine answer, auto-submitted by some page to the victim's ACS, would sign the victim in as the
 * attacker): a random nonce in this cookie and in the RelayState, which SecuTix sends back as it got
 * it. SameSite=None because the answer is a cross-site POST from SecuTix's page; only the ACS reads it.
 */
const SIGN_ON_COOKIE = 'stx_gw_signon';
function signOnCookie(nonce: string, seconds: number): string {
  return `${SIGN_ON_COOKIE}=${nonce}; Path=/auth/saml/acs; HttpOnly; Secure; SameSite=None; Max-Age=${seconds}`;
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  return requestCookies(req.headers.cookie).get(name);
}

function sameText(a: string, b: string | undefined): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b ?? '')];
  return x.length > 0 && x.length === y.length && timingSafeEqual(x, y);
}

/** 503 with the retryable coded error: what could not be checked or recorded is never taken as done */
function unavailable(res: ServerResponse, logger: Logger, what: string, err: Error, headers: Record<string, string> = {}): void {
  logger.error(what, { reason: err.message });
  const { message, extensions } = storeUnavailable();
  res.writeHead(503, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * Paths on this site, or absolute URLs on a trusted origin (a website listed in CORS_ORIGINS,
 * such as the sample shop): a RelayState can never send the browser anywhere else.
 */
export function safeReturnPath(value: string | null | undefined, trustedOrigin: (origin: string) => boolean = () => false): string {
  if (!value) return '/';
  if (/^\/(?![/\\])[\x21-\x7e]*$/.test(value)) return value;
  if (/^https?:\/\/[\x21-\x7e]+$/.test(value) && URL.canParse(value)) {
    const url = new URL(value);
    if (trustedOrigin(url.origin)) return url.toString();
  }
  return '/';
}
