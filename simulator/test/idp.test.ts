import { join } from 'node:path';
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { readFileSync } from 'node:fs';
import { loadSimulatorOptionsFromEnv, type Simulator } from '../src';
import { startTestSimulator } from './helpers';

const DEMO_KEYS = join(__dirname, '..', 'demo-keys');
const ACS = 'http://localhost:4999/auth/saml/acs';

/** A service provider set up as the gateway's (apps/gateway/src/identity/samlRoutes.ts). */
function serviceProvider(sim: Simulator): SAML {
  return new SAML({
    entryPoint: `${sim.url}/idp/sso`,
    issuer: 'secutix-graph',
    callbackUrl: ACS,
    idpCert: readFileSync(join(DEMO_KEYS, 'idp.crt'), 'utf8'),
    audience: 'secutix-graph',
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    acceptedClockSkewMs: 5000,
  });
}

/** The hidden and named fields of the first form of a page, entities decoded. */
function formFields(html: string): Record<string, string> {
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], unescape(m[2])]));
}

async function openLoginPage(sp: SAML, relayState = '/graphql') {
  const res = await fetch(await sp.getAuthorizeUrlAsync(relayState, undefined, {}));
  return { status: res.status, html: await res.text() };
}

async function submitLogin(sim: Simulator, fields: Record<string, string>) {
  const res = await fetch(`${sim.url}/idp/sso/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
  return { status: res.status, html: await res.text(), cookies: res.headers.getSetCookie() };
}

describe('SecuTix as SAML identity provider', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function logIn(sp: SAML, email: string, password: string) {
    const hidden = formFields((await openLoginPage(sp)).html);
    return submitLogin(sim, { ...hidden, email, password });
  }

  it('answers an AuthnRequest with a login page carrying the request', async () => {
    const { status, html } = await openLoginPage(serviceProvider(sim), '/graphql?x="<y>"');
    expect(status).toBe(200);
    expect(html).toContain('<form method="post" action="/idp/sso/login">');
    expect(html).toMatch(/<input name="email"/);
    expect(html).toMatch(/<input name="password" type="password"/);
    expect(html).toContain('id="login"');
    expect(formFields(html)).toEqual({ requestId: expect.stringMatching(/^_/), acsUrl: ACS, spIssuer: 'secutix-graph', RelayState: '/graphql?x="<y>"' });
  });

  it.each([
    ['missing', ''],
    ['not deflated', '?SAMLRequest=bm90IGRlZmxhdGVk'],
  ])('refuses a %s SAMLRequest with a 400 page', async (_label, query) => {
    const res = await fetch(`${sim.url}/idp/sso${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Sign-on request refused');
  });

  it('shows the login page again on a wrong password and sets no cookie', async () => {
    const res = await logIn(serviceProvider(sim), 'alice@example.com', 'wrong-password');
    expect(res.status).toBe(200);
    expect(res.html).toContain('E-mail or password is wrong');
    expect(res.html).toContain('value="alice@example.com"');
    expect(formFields(res.html).spIssuer).toBe('secutix-graph');
    expect(res.cookies).toEqual([]);
  });

  it('posts a SAMLResponse that the service provider validates', async () => {
    const sp = serviceProvider(sim);
    const res = await logIn(sp, 'alice@example.com', 'alice-demo-password');
    expect(res.status).toBe(200);
    expect(res.html).toContain(`action="${ACS}"`);
    const { SAMLResponse, RelayState } = formFields(res.html);
    expect(RelayState).toBe('/graphql');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse });
    expect(profile).toMatchObject({ nameID: '1000001', issuer: 'secutix-sim-idp', email: 'alice@example.com', firstName: 'Alice', language: 'fr' });
    // the request is spent: the same answer cannot open a second session
    await expect(sp.validatePostResponseAsync({ SAMLResponse })).rejects.toThrow();
  });

  it('signs the response and the assertion, each signature right after its Issuer', async () => {
    const { SAMLResponse } = formFields((await logIn(serviceProvider(sim), 'bob@example.com', 'bob-demo-password')).html);
    const xml = Buffer.from(SAMLResponse, 'base64').toString('utf8');
    expect(xml).toMatch(/<saml:Issuer>secutix-sim-idp<\/saml:Issuer><ds:Signature[^]*<samlp:Status>/);
    expect(xml).toMatch(/<saml:Assertion [^>]*><saml:Issuer>secutix-sim-idp<\/saml:Issuer><ds:Signature[^]*<saml:Subject>/);
    expect(xml).toContain('<saml:Audience>secutix-graph</saml:Audience>');
  });

  it('refuses an answer for another service provider', async () => {
    const res = await logIn(serviceProvider(sim), 'alice@example.com', 'alice-demo-password');
    const other = new SAML({ ...serviceProvider(sim).options, audience: 'another-sp', validateInResponseTo: ValidateInResponseTo.never });
    await expect(other.validatePostResponseAsync({ SAMLResponse: formFields(res.html).SAMLResponse })).rejects.toThrow(/audience/i);
  });

  it('sets the contact and cart summary cookies on its own origin', async () => {
    const { cookies } = await logIn(serviceProvider(sim), 'alice@example.com', 'alice-demo-password');
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^stx_contact_DEMO_INTERNET_v1=%7B[^;]+; Path=\/; SameSite=Lax$/);
    expect(cookies[1]).toBe('stx_cartSummary_DEMO_INTERNET=0%7C0.00%7CEUR%7C%7C; Path=/; SameSite=Lax');
    const contact = JSON.parse(decodeURIComponent(cookies[0].split(';')[0].split('=')[1]));
    expect(contact).toMatchObject({ individualFirstname: 'Alice', lang: 'fr' });
  });

  it('refuses a consumer URL that is not http(s)', async () => {
    const hidden = formFields((await openLoginPage(serviceProvider(sim))).html);
    const res = await submitLogin(sim, { ...hidden, acsUrl: 'javascript:alert(1)', email: 'alice@example.com', password: 'alice-demo-password' });
    expect(res.status).toBe(400);
    expect(res.cookies).toEqual([]);
  });

  it('answers 404 for other identity provider paths', async () => {
    expect((await fetch(`${sim.url}/idp/metadata`)).status).toBe(404);
  });
});

describe('identity provider keys', () => {
  it('signs with the key the options name', async () => {
    const sim = await startTestSimulator({ institution: 'CUBE', idpKeyFiles: { idpKey: join(DEMO_KEYS, 'website.key') } });
    try {
      const sp = serviceProvider(sim);
      const hidden = formFields((await openLoginPage(sp)).html);
      const res = await submitLogin(sim, { ...hidden, email: 'alice@example.com', password: 'alice-demo-password' });
      expect(res.cookies[0]).toMatch(/^stx_contact_CUBE_INTERNET_v1=/);
      await expect(sp.validatePostResponseAsync({ SAMLResponse: formFields(res.html).SAMLResponse })).rejects.toThrow(/signature/i);
    } finally {
      await sim.close();
    }
  });

  it('reads SIM_IDP_KEY, SIM_IDP_CERT and SIM_WEBSITE_PUBLIC_KEY, refusing a missing file', () => {
    const env = { SIM_IDP_KEY: join(DEMO_KEYS, 'idp.key'), SIM_IDP_CERT: join(DEMO_KEYS, 'idp.crt'), SIM_WEBSITE_PUBLIC_KEY: join(DEMO_KEYS, 'website.pub') };
    expect(loadSimulatorOptionsFromEnv(env).idpKeyFiles).toEqual({ idpKey: env.SIM_IDP_KEY, idpCert: env.SIM_IDP_CERT, websitePublicKey: env.SIM_WEBSITE_PUBLIC_KEY });
    expect(() => loadSimulatorOptionsFromEnv({ SIM_IDP_CERT: '/nowhere/idp.crt' })).toThrow('SIM_IDP_CERT');
  });
});
