import type { IncomingMessage, ServerResponse } from 'node:http';
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import type { Logger } from '@stx/subgraph-kit';
import { clearedSessionCookie, sessionCookie } from './session';

export interface SamlConfig {
  idpSsoUrl: string;
  idpCertPem: string;
  spEntityId: string;
  /** the gateway's public base URL, for the assertion consumer service */
  publicUrl: string;
  sessionSeconds: number;
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
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://x').searchParams.get('returnTo'));
      res.writeHead(302, { location: await saml.getAuthorizeUrlAsync(returnTo, undefined, {}) });
      res.end();
    },
    '/auth/saml/acs': async (req, res, body) => {
      const form = new URLSearchParams(body);
      try {
        const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: form.get('SAMLResponse') ?? '' });
        if (!profile?.nameID || !/^\d{1,20}$/.test(profile.nameID)) throw new Error('no contact number in the assertion');
        res.writeHead(303, { location: safeReturnPath(form.get('RelayState')), 'set-cookie': sessionCookie(profile.nameID, sessionSecret, Date.now(), config.sessionSeconds) });
        res.end();
      } catch (err) {
        logger.warn('SAML response refused', { reason: (err as Error).message });
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'The sign-on answer could not be verified.', extensions: { code: 'UNAUTHENTICATED' } }] }));
      }
    },
    '/auth/logout': async (_req, res) => {
      res.writeHead(303, { location: '/', 'set-cookie': clearedSessionCookie() });
      res.end();
    },
  };
}

/** only paths on this site: a RelayState can never send the browser elsewhere */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : '/';
}
