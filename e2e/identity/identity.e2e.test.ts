import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';
import { issueToken, signIdentity } from '@stx/identity';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt refreshToken userErrors { code field message } } }`;
const ME = `{ me { contactNumber email firstName lastName } }`;

/** Who the buyer is, end to end: login, tokens, the signed identity header, and its refusals. */
describe.each(['soap', 'json'] as const)('identity through the gateway (%s)', (transport) => {
  let stack: Stack;
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    // a day-long window: the count is what is tested, and a sliding window weighs down the previous quarter hour's failures at once
    stack = await startStack({ transport, redisUrl: getTestRedisUrl(), env: { LOGIN_ATTEMPTS_PER_ACCOUNT: '4', LOGIN_ATTEMPTS_WINDOW_SECONDS: '86400' } });
  });
  afterAll(() => stack?.close());

  async function login(email: string, password: string) {
    const res = await stack.query(LOGIN, { email, password });
    expect(res.errors).toBeUndefined();
    return res.data.login;
  }

  it('logs alice in and answers me with her own contact', async () => {
    const { token, expiresAt, userErrors } = await login('alice@example.com', 'alice-demo-password');
    expect(userErrors).toEqual([]);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const me = await stack.query(ME, {}, bearer(token));
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({ contactNumber: '1000001', email: 'alice@example.com', firstName: 'Alice' });
    // an id for normalising client caches, the contact number
    expect((await stack.query(`{ me { id __typename } }`, {}, bearer(token))).data.me).toEqual({ id: '1000001', __typename: 'Contact' });
  });

  it('answers me with null and UNAUTHENTICATED without identity', async () => {
    const me = await stack.query(ME);
    expect(me.data.me).toBeNull();
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives one answer for a wrong password and an unknown e-mail: no account enumeration', async () => {
    const wrong = await login('bob@example.com', 'not-his-password');
    const unknown = await login('nobody@example.com', 'whatever-password');
    expect(wrong.token).toBeNull();
    expect(wrong.userErrors).toEqual(unknown.userErrors);
    expect(wrong.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses malformed input before asking SecuTix', async () => {
    await stack.sim.reset();
    const res = await login('not-an-email', 'x');
    expect(res.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    expect(await stack.sim.count('ContactAuthenticationPublicService.authenticate')).toBe(0);
  });

  it('throttles repeated attempts on one account, without asking SecuTix', async () => {
    for (let i = 0; i < 4; i++) await login('throttled@example.com', `guess-${i}-password`);
    await stack.sim.reset();
    const res = await login('throttled@example.com', 'yet-another-guess');
    expect(res.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect(await stack.sim.count('ContactAuthenticationPublicService.authenticate')).toBe(0);
  });

  it('refuses a forged, tampered or expired token with 401: INVALID_TOKEN, or TOKEN_EXPIRED so the app refreshes', async () => {
    const { token } = await login('alice@example.com', 'alice-demo-password');
    const [prefix, body, sig] = token.split('.');
    const asBob = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: '1000002' })).toString('base64url');
    const cases = [
      [`${prefix}.${asBob}.${sig}`, 'INVALID_TOKEN'],
      [issueToken('1000002', 'access', 'a-secret-that-is-not-the-gateways-one-at-all', Date.now()).token, 'INVALID_TOKEN'],
      [issueToken('1000001', 'access', stack.secrets.tokenSecret, Date.now() - 16 * 60_000).token, 'TOKEN_EXPIRED'],
      ['garbage-token-value', 'INVALID_TOKEN'],
    ];
    for (const [forged, code] of cases) {
      const res = await stack.query(ME, {}, bearer(forged));
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions).toMatchObject({ code, retryable: false });
      expect(JSON.stringify(res.data ?? null)).not.toContain('1000002');
    }
  });

  it('lets an app whose access token expired refresh and log out with the stale header still attached, and nothing else', async () => {
    const session = await login('alice@example.com', 'alice-demo-password');
    const stale = bearer(issueToken('1000001', 'access', stack.secrets.tokenSecret, Date.now() - 16 * 60_000).token);
    const refreshed = await stack.query(`mutation($t: String!) { refreshLogin(refreshToken: $t) { token refreshToken userErrors { code } } }`, { t: session.refreshToken }, stale);
    expect(refreshed.data.refreshLogin.userErrors).toEqual([]);
    expect((await stack.query(ME, {}, bearer(refreshed.data.refreshLogin.token))).data.me.contactNumber).toBe('1000001');
    // through a fragment too, as generated clients write it
    const out = await stack.query(`mutation($t: String) { ...End } fragment End on Mutation { logout(refreshToken: $t) { loggedOut } }`, { t: refreshed.data.refreshLogin.refreshToken }, stale);
    expect(out.data.logout.loggedOut).toBe(true);
    // with no session at all, logout says so in its payload
    expect((await stack.query(`mutation { logout { loggedOut userErrors { code } } }`)).data.logout).toEqual({ loggedOut: false, userErrors: [{ code: 'NO_SESSION' }] });
    // any other operation is refused so the app refreshes, mixed in or not
    for (const query of [ME, `{ products(first: 1) { totalCount } }`, `mutation($t: String!) { refreshLogin(refreshToken: $t) { token } logoutEverywhere { loggedOut } }`]) {
      const res = await stack.query(query, { t: session.refreshToken }, stale);
      expect([res.status, res.errors?.[0].extensions?.code]).toEqual([401, 'TOKEN_EXPIRED']);
    }
  });

  it('says how to authenticate on every 401: WWW-Authenticate Bearer, error="invalid_token" for a token refused (RFC 6750)', async () => {
    const expired = issueToken('1000001', 'access', stack.secrets.tokenSecret, Date.now() - 16 * 60_000).token;
    for (const [token, description] of [[expired, /expired/], ['garbage-token-value', /not valid/]] as const) {
      const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `bearer ${token}` }, body: JSON.stringify({ query: ME }) });
      expect(res.status).toBe(401);
      const challenge = res.headers.get('www-authenticate') ?? '';
      expect(challenge).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
      expect(challenge).toMatch(description);
      // the header is the engine's to send, not part of the answer
      expect(await res.text()).not.toMatch(/www-authenticate|"http"/i);
    }
  });

  it('refreshes a login with the refresh token only', async () => {
    const { token, refreshToken } = await login('bob@example.com', 'bob-demo-password');
    const refreshed = await stack.query(`mutation($t: String!) { refreshLogin(refreshToken: $t) { token userErrors { code } } }`, { t: refreshToken });
    const me = await stack.query(ME, {}, bearer(refreshed.data.refreshLogin.token));
    expect(me.data.me.contactNumber).toBe('1000002');
    const misuse = await stack.query(`mutation($t: String!) { refreshLogin(refreshToken: $t) { token userErrors { code } } }`, { t: token });
    expect(misuse.data.refreshLogin).toEqual({ token: null, userErrors: [{ code: 'INVALID_TOKEN' }] });
  });

  it('changes only the caller\'s own profile', async () => {
    const alice = (await login('alice@example.com', 'alice-demo-password')).token;
    const bob = (await login('bob@example.com', 'bob-demo-password')).token;
    const bobBefore = (await stack.query(ME, {}, bearer(bob))).data.me;
    const res = await stack.query(`mutation { updateMyProfile(input: { lastName: "Martin-${transport}" }) { contact { contactNumber lastName } userErrors { code field } } }`, {}, bearer(alice));
    expect(res.data.updateMyProfile).toEqual({ contact: { contactNumber: '1000001', lastName: `Martin-${transport}` }, userErrors: [] });
    expect((await stack.query(ME, {}, bearer(bob))).data.me).toEqual(bobBefore);
    // no language tag (LanguageCode): the whole request is refused before SecuTix is asked, the profile unchanged
    const calls = await stack.sim.count('ContactInformationPublicService.updateContactData');
    const invalid = await stack.query(`mutation { updateMyProfile(input: { language: "french" }) { contact { lastName } userErrors { code field } } }`, {}, bearer(alice));
    expect([invalid.status, invalid.data, invalid.errors?.[0].extensions]).toEqual([400, undefined, expect.objectContaining({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' })]);
    const address = await stack.query(`mutation($in: AddressInput!) { saveMyAddress(input: $in) { userErrors { code } } }`, { in: { line1: 'Rue 1', zipCode: '1003', city: 'Lausanne', countryCode: 'Switzerland' } }, bearer(alice));
    expect(address.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'CountryCode' });
    expect(await stack.sim.count('ContactInformationPublicService.updateContactData')).toBe(calls);
    expect((await stack.query(ME, {}, bearer(alice))).data.me.lastName).toBe(`Martin-${transport}`);
  });
});

describe('subgraphs reached directly', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl() });
  });
  afterAll(() => stack?.close());

  const direct = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => stack.query(query, variables, { url: stack.subgraphUrls.contacts, headers });

  it('gives no contact data without a signed identity', async () => {
    const res = await direct(ME, {}, {});
    expect(res.data.me).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged identity header outright, in every subgraph', async () => {
    const forged = signIdentity({ contactNumber: '1000001' }, 'someone-elses-secret-of-32-characters', Date.now());
    for (const url of Object.values(stack.subgraphUrls)) {
      const res = await stack.query(ME, {}, { url, headers: { 'x-stx-identity': forged } });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('never resolves another contact through an entity reference', async () => {
    const asAlice = signIdentity({ contactNumber: '1000001' }, stack.secrets.identitySecret, Date.now());
    const res = await direct(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { contactNumber email } } }`,
      { r: [{ __typename: 'Contact', contactNumber: '1000002' }, { __typename: 'Contact', contactNumber: '1000001' }] },
      { 'x-stx-identity': asAlice },
    );
    expect(res.data._entities[0]).toBeNull();
    expect(res.data._entities[1]).toEqual({ contactNumber: '1000001', email: 'alice@example.com' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
