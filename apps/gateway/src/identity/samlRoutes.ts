import type { IncomingMessage, ServerResponse } from 'node:http';
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { isContactNumber } from '@stx/domain-rules';
import type { Logger } from '@stx/observability';
import { clearedSessionCookie, sessionCookie } from './session';

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
 * answer (signature, audience, time window, InResponseTo) and opens a session cookie.
 */
export function samlRoutes(config: SamlConfig, sessionSecret: string, logger: Logger): Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>> {
  const saml = new SAML({
    entryPoint: config.idpSsoUrl,
    issuer: config.spEntityId,
    callbackUrl: `${config.publicUrl}/auth/saml/acs`,
    idpCert: config.idpCertPem,
    audience: config.spEntityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    acceptedClockSkewMs: 5000,
  });
  return {
    '/auth/saml/login': async (req, res) => {
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://x').searchParams.get('returnTo'), config.returnOrigins);
      res.writeHead(302, { location: await saml.getAuthorizeUrlAsync(returnTo, undefined, {}) });
      res.end();
    },
    '/auth/saml/acs': async (req, res, body) => {
      const form = new URLSearchParams(body);
      try {
        const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: form.get('SAMLResponse') ?? '' });
        if (!profile?.nameID || !isContactNumber(profile.nameID)) throw new Error('no contact number in the assertion');
        res.writeHead(303, { location: safeReturnPath(form.get('RelayState'), config.returnOrigins), 'set-cookie': sessionCookie(profile.nameID, sessionSecret, Date.now(), config.sessionSeconds) });
        res.end();
      } catch (err) {
        logger.warn('SAML response refused', { reason: (err as Error).message });
        res.writeHead(401, { 'content-type': 'application/json' });
        // not "must be logged in" (requireCaller's rule): a sign-on answer that did not verify
        res.end(JSON.stringify({ errors: [{ message: 'The sign-on answer could not be verified.', extensions: { code: 'UNAUTHENTICATED', retryable: false } }] }));
      }
    },
    '/auth/logout': async (req, res) => {
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://x').searchParams.get('returnTo'), config.returnOrigins);
      res.writeHead(303, { location: returnTo, 'set-cookie': clearedSessionCookie() });
      res.end();
    },
  };
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
