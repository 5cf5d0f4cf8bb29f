import { generateKeyPairSync } from 'node:crypto';
import { startStack, type Stack } from '@stx/testing';
import { buildSamlResponse, IDP_ENTITY_ID, lazyIdpKeys, parseAuthnRequest, signSamlResponse, type AuthnRequest } from '@stx/secutix-sim';

/**
 * The assertion consumer service, attacked without a browser: only an answer signed with
 * SecuTix's key, for a request this gateway made, about the subject SecuTix signed, opens a
 * session. Every other answer gets 401 UNAUTHENTICATED and no cookie.
 */
describe('SAML assertion consumer service', () => {
  let stack: Stack;
  const demoKeys = lazyIdpKeys();

  beforeAll(async () => {
    stack = await startStack({ sso: true });
  }, 60_000);
  afterAll(() => stack?.close());

  /** the browser's side of the last sign-on it started: the cookie and RelayState that come back with SecuTix's answer */
  let browser = { cookie: '', relayState: '' };

  /** a real AuthnRequest from the gateway, as the browser would carry it to SecuTix */
  async function authnRequest(): Promise<AuthnRequest> {
    const res = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/auth/saml/login?returnTo=/graphql`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    browser = { cookie: /^(stx_gw_signon=[^;]+)/.exec(res.headers.get('set-cookie')!)![1], relayState: location.searchParams.get('RelayState')! };
    return parseAuthnRequest(location.searchParams.get('SAMLRequest'));
  }

  function answer(request: AuthnRequest, contactNumber = '1000001'): string {
    return buildSamlResponse({ request, idpEntityId: IDP_ENTITY_ID, now: Date.now(), subject: { contactNumber, attributes: { email: 'x@example.com' } } });
  }

  async function post(xml: string, from = browser) {
    const res = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, '')}/auth/saml/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(from.cookie ? { cookie: from.cookie } : {}) },
      body: new URLSearchParams({ SAMLResponse: Buffer.from(xml).toString('base64'), RelayState: from.relayState }).toString(),
    });
    const body = res.status === 401 ? await res.json() : undefined;
    return { status: res.status, cookie: res.headers.get('set-cookie'), code: body?.errors?.[0]?.extensions?.code };
  }

  const signedByDemoIdp = (xml: string) => signSamlResponse(xml, { privateKey: demoKeys().idpKey, certPem: demoKeys().idpCertPem });

  it('opens a session for a genuine answer (the control for the refusals below)', async () => {
    const res = await post(signedByDemoIdp(answer(await authnRequest())));
    expect(res.status).toBe(303);
    expect(res.cookie).toMatch(/^stx_gw_session=/);
  });

  it('refuses a genuine answer brought by a browser that did not start that sign-on (login CSRF), and still takes it from the one that did', async () => {
    const attackers = signedByDemoIdp(answer(await authnRequest()));
    const attacker = browser;
    // the victim's browser: its own sign-on cookie (or none), the attacker's answer and RelayState
    await authnRequest();
    expect(await post(attackers, { cookie: browser.cookie, relayState: attacker.relayState })).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
    expect(await post(attackers, { cookie: '', relayState: attacker.relayState })).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
    // refused before it was looked at: the answer is not spent
    expect((await post(attackers, attacker)).status).toBe(303);
  });

  it('refuses an unsigned answer', async () => {
    expect(await post(answer(await authnRequest()))).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
  });

  it('refuses an answer signed with another key, even one carrying SecuTix certificate', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = signSamlResponse(answer(await authnRequest()), { privateKey, certPem: demoKeys().idpCertPem });
    expect(await post(forged)).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
  });

  it('refuses a genuine answer whose subject was changed after signing', async () => {
    const genuine = signedByDemoIdp(answer(await authnRequest(), '1000001'));
    const altered = genuine.replace(/>1000001</g, '>1000002<');
    expect(altered).not.toBe(genuine);
    expect(await post(altered)).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
  });

  it('refuses a genuine answer to a request this gateway never made, and a replayed one', async () => {
    const request = await authnRequest();
    const unsolicited = signedByDemoIdp(answer({ ...request, id: '_never-asked' }));
    expect(await post(unsolicited)).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
    const once = signedByDemoIdp(answer(request));
    expect((await post(once)).status).toBe(303);
    expect(await post(once)).toEqual({ status: 401, cookie: null, code: 'UNAUTHENTICATED' });
  });
});
