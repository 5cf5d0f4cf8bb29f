import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';
import { buildSamlResponse, DEMO_KEY_FILES, encodeContactCookie, IDP_ENTITY_ID, lazyIdpKeys, parseAuthnRequest, signSamlResponse } from '@stx/secutix-sim';

const dataDir = mkdtempSync(join(tmpdir(), 'stx-redis-'));

const ME = `{ me { contactNumber } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token userErrors { code } } }`;

/**
 * A browser's SSO session ends like a token session: `/auth/logout`, the `logout` mutation,
 * `logoutEverywhere` and a password change end it at the gateway, so a copy of its cookie (kept
 * by a thief, a shared computer, a log) is refused from then on; while the session store cannot
 * be read, the cookie is refused as retryable, never let through.
 */
describe('SSO browser sessions end', () => {
  let redis: RedisHandle;
  let stack: Stack;
  const keys = lazyIdpKeys();
  let base: string;
  let alice: string;

  beforeAll(async () => {
    // persistent, as production's: the outage below is Redis away and back with its data
    redis = await startRedisServer({ dataDir });
    stack = await startStack({ sso: true, redisUrl: redis.url });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const login = await stack.query(LOGIN, { e: 'alice@example.com', p: 'alice-demo-password' });
    alice = (await stack.query(ME, {}, { headers: { authorization: `Bearer ${login.data.login.token}` } })).data.me.contactNumber;
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  /** SecuTix's signed answer to a sign-on the gateway started, and a way to post it to an ACS (this replica's, or another's) with the browser's sign-on cookie */
  async function signedAnswer() {
    const login = await fetch(`${base}/auth/saml/login?returnTo=/graphql`, { redirect: 'manual' });
    const location = new URL(login.headers.get('location')!);
    const request = parseAuthnRequest(location.searchParams.get('SAMLRequest'));
    const signOnCookie = /^(stx_gw_signon=[^;]+)/.exec(login.headers.get('set-cookie')!)![1];
    const xml = buildSamlResponse({ request, idpEntityId: IDP_ENTITY_ID, now: Date.now(), subject: { contactNumber: alice, attributes: { email: 'alice@example.com' } } });
    const signed = signSamlResponse(xml, { privateKey: keys().idpKey, certPem: keys().idpCertPem });
    return (acsBase = base) =>
      fetch(`${acsBase}/auth/saml/acs`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: signOnCookie },
        body: new URLSearchParams({ SAMLResponse: Buffer.from(signed).toString('base64'), RelayState: location.searchParams.get('RelayState')! }).toString(),
      });
  }

  /** a session cookie as a browser gets it: the gateway's AuthnRequest, SecuTix's signed answer, the ACS */
  async function signOn(acsBase = base): Promise<string> {
    const acs = await (await signedAnswer())(acsBase);
    expect(acs.status).toBe(303);
    return /(stx_gw_session=[^;]+)/.exec(acs.headers.get('set-cookie')!)![1];
  }

  /** a second gateway on the same store, behind the same public address, as replicas behind a load balancer are */
  const startReplica = () => stack.startGateway({ PUBLIC_URL: `http://localhost:${new URL(stack.gatewayUrl).port}`, SAML_IDP_SSO_URL: `${stack.sim.url}/idp/sso`, SAML_IDP_CERT: DEMO_KEY_FILES.idpCert });

  const meWith = async (cookie: string) => {
    const res = await stack.query(ME, {}, { headers: { cookie } });
    return res.data?.me ? res.data.me.contactNumber : { status: res.status, ...res.errors?.[0].extensions };
  };

  it('ends at /auth/logout: the browser’s cookie is cleared and any copy of it refused', async () => {
    const cookie = await signOn();
    expect(await meWith(cookie)).toBe(alice);
    const out = await fetch(`${base}/auth/logout?returnTo=/`, { redirect: 'manual', headers: { cookie } });
    expect([out.status, out.headers.get('set-cookie')]).toEqual([303, expect.stringContaining('Max-Age=0')]);
    expect(await meWith(cookie)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('ends with the logout mutation, and only that session', async () => {
    const [laptop, phone] = [await signOn(), await signOn()];
    const out = await stack.query(`mutation { logout { loggedOut userErrors { code } } }`, {}, { headers: { cookie: laptop } });
    expect(out.data.logout).toEqual({ loggedOut: true, userErrors: [] });
    expect(await meWith(laptop)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await meWith(phone)).toBe(alice);
  });

  it('ends with logoutEverywhere, and a new sign-on after it works', async () => {
    const [laptop, phone] = [await signOn(), await signOn()];
    await new Promise((r) => setTimeout(r, 5)); // a session opened in the same millisecond as the revocation is not before it
    expect((await stack.query(`mutation { logoutEverywhere { loggedOut } }`, {}, { headers: { cookie: phone } })).data.logoutEverywhere.loggedOut).toBe(true);
    expect(await meWith(laptop)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await meWith(phone)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    await new Promise((r) => setTimeout(r, 5));
    expect(await meWith(await signOn())).toBe(alice);
  });

  /** SecuTix's own cookie, as its shop sets it on a website of its domain after a login */
  const contactCookie = () =>
    `stx_contact_DEMO_INTERNET_v1=${encodeContactCookie({ individualFirstname: 'Alice', individualLastname: 'Martin', lang: 'en', secret: { contactNumber: alice } }, { websitePublicKey: keys().websitePublicKey, idpKey: keys().idpKey })}`;

  it('ends a SecuTix contact cookie’s session with the logout sent with it: a copy is anonymous from then on', async () => {
    const cookie = contactCookie();
    expect(await meWith(cookie)).toBe(alice);
    expect((await stack.query(`mutation { logout { loggedOut } }`, {}, { headers: { cookie } })).data.logout.loggedOut).toBe(true);
    expect(await meWith(cookie)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('completes a sign-on started on one replica at another (the requests in flight are in the shared store)', async () => {
    const replica = await startReplica();
    try {
      expect(await meWith(await signOn(replica.url.replace(/\/graphql$/, '')))).toBe(alice);
    } finally {
      await replica.close();
    }
  });

  it('opens one session for an answer posted many times at once, to both replicas (a replay racing the genuine post)', async () => {
    const replica = await startReplica();
    try {
      const post = await signedAnswer();
      const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) => post(i % 2 ? replica.url.replace(/\/graphql$/, '') : base).then((res) => res.status)));
      expect(statuses.sort()).toEqual([303, 401, 401, 401, 401, 401, 401, 401]);
    } finally {
      await replica.close();
    }
  });

  it('refuses a session cookie as retryable while the session store is down, and accepts it again after', async () => {
    const cookie = await signOn();
    await redis.stop();
    try {
      expect(await meWith(cookie)).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(await meWith(contactCookie())).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      const start = await fetch(`${base}/auth/saml/login?returnTo=/graphql`, { redirect: 'manual' });
      expect([start.status, (await start.json()).errors[0].extensions]).toEqual([503, { code: 'UPSTREAM_UNAVAILABLE', retryable: true }]);
      const out = await fetch(`${base}/auth/logout`, { redirect: 'manual', headers: { cookie } });
      expect([out.status, out.headers.get('set-cookie')]).toEqual([503, expect.stringContaining('Max-Age=0')]);
    } finally {
      redis = await startRedisServer({ port: redis.port, dataDir });
    }
    let me = await meWith(cookie);
    for (let i = 0; i < 50 && me !== alice; i++) {
      await new Promise((r) => setTimeout(r, 100));
      me = await meWith(cookie);
    }
    expect(me).toBe(alice);
  });
});
