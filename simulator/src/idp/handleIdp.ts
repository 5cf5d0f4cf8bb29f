import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, send, sendRateLimited } from '../http/httpIo';
import type { SimulatorRuntime } from '../http/SimulatorRuntime';
import { lazyIdpKeys, type IdpKeys } from './idpKeys';
import { badRequestPage, loginPage } from './loginPage';
import { AuthnRequestError, checkAcsUrl, parseAuthnRequest, type AuthnRequest } from './parseAuthnRequest';
import { samlAnswer } from './samlAnswer';
import { shopCookies } from './shopCookies';

const HTML = 'text/html; charset=utf-8';
// Pages carrying a pending request or a signed answer are never worth keeping.
const NO_STORE = { 'cache-control': 'no-store' };
/** The wording of SecuTix's shop is not public; the test suites look for this sentence [ours]. */
const WRONG_CREDENTIALS = 'E-mail or password is wrong';

// One key loader per running simulator: options may name other key files.
const keysByRuntime = new WeakMap<SimulatorRuntime, () => IdpKeys>();

/** SecuTix as SAML identity provider: `GET /idp/sso` shows the login page, its form posts to `/idp/sso/login`. */
export async function handleIdp(req: IncomingMessage, res: ServerResponse, url: URL, runtime: SimulatorRuntime): Promise<void> {
  const endpoint = `${req.method} ${url.pathname}`;
  if (endpoint !== 'GET /idp/sso' && endpoint !== 'POST /idp/sso/login') return send(res, 404, 'text/plain; charset=utf-8', `not an identity provider endpoint: ${endpoint}`);
  // SSO counts against the institution's call budget like any API call (docs/secutix/platform-facts.md#rate-limits).
  const decision = runtime.limiter.check('IdentityProvider.sso');
  if (!decision.allowed) return sendRateLimited(res, decision.status, decision.retryAfterS);
  if (req.method === 'GET') return showLogin(res, url.searchParams);
  return login(res, new URLSearchParams(await readBody(req)), runtime);
}

function showLogin(res: ServerResponse, query: URLSearchParams): void {
  try {
    const request = parseAuthnRequest(query.get('SAMLRequest'));
    send(res, 200, HTML, loginPage({ request, relayState: query.get('RelayState') ?? '' }), NO_STORE);
  } catch (err) {
    if (!(err instanceof AuthnRequestError)) throw err;
    send(res, 400, HTML, badRequestPage(err.message), NO_STORE);
  }
}

function login(res: ServerResponse, form: URLSearchParams, runtime: SimulatorRuntime): void {
  let request: AuthnRequest;
  try {
    request = pendingRequest(form);
  } catch (err) {
    if (!(err instanceof AuthnRequestError)) throw err;
    return send(res, 400, HTML, badRequestPage(err.message), NO_STORE);
  }
  const relayState = form.get('RelayState') ?? '';
  const email = form.get('email') ?? '';
  const contact = runtime.contacts.checkLogin(email, form.get('password') ?? '');
  if (!contact) return send(res, 200, HTML, loginPage({ request, relayState, email, error: WRONG_CREDENTIALS }), NO_STORE);
  const keys = keysFor(runtime);
  const now = runtime.options.now();
  res.setHeader('set-cookie', shopCookies({ institution: runtime.options.institution, contact, keys, now }));
  send(res, 200, HTML, samlAnswer({ request, relayState, contact, keys, now }), NO_STORE);
}

/** The request the login page carried in hidden fields, checked again: the browser may have changed it. */
function pendingRequest(form: URLSearchParams): AuthnRequest {
  const id = form.get('requestId');
  const issuer = form.get('spIssuer');
  if (!id || !issuer) throw new AuthnRequestError('the sign-on request is incomplete: start again from the website');
  return { id, issuer, acsUrl: checkAcsUrl(form.get('acsUrl')) };
}

function keysFor(runtime: SimulatorRuntime): IdpKeys {
  let keys = keysByRuntime.get(runtime);
  if (!keys) keysByRuntime.set(runtime, (keys = lazyIdpKeys(runtime.options.idpKeyFiles)));
  return keys();
}
