import { escapeAttribute as h } from '../protocol/toXml';
import type { AuthnRequest } from './parseAuthnRequest';

export interface LoginPageInput {
  request: AuthnRequest;
  relayState: string;
  /** the e-mail to show again after a failed attempt */
  email?: string;
  error?: string;
}

/**
 * SecuTix's login page, reduced to what a browser test drives. Self-contained (no external
 * resources) so it renders on a closed network. The pending request travels in hidden fields:
 * the IdP keeps no session, and a tampered field only changes the audience or consumer of an
 * answer about the very person who types the password.
 */
export function loginPage({ request, relayState, email = '', error }: LoginPageInput): string {
  const hidden = { requestId: request.id, acsUrl: request.acsUrl, spIssuer: request.issuer, RelayState: relayState };
  return page(
    'Log in',
    `<h1>Log in</h1>
${error ? `<p class="error" role="alert">${h(error)}</p>` : ''}
<form method="post" action="/idp/sso/login">
${Object.entries(hidden).map(([name, value]) => `<input type="hidden" name="${name}" value="${h(value)}">`).join('\n')}
<label>E-mail <input name="email" type="email" autocomplete="username" required value="${h(email)}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit" id="login">Log in</button>
</form>`,
  );
}

/** A request the IdP cannot answer: said plainly, with nothing to submit. */
export function badRequestPage(reason: string): string {
  return page('Sign-on request refused', `<h1>Sign-on request refused</h1>\n<p>${h(reason)}</p>`);
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(title)} - SecuTix simulator</title>
<style>body{font-family:sans-serif;max-width:24rem;margin:3rem auto}label{display:block;margin:.5rem 0}.error{color:#b00020}</style>
</head><body>
${body}
</body></html>
`;
}
