import { getTestRedisUrl, startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token retryAfterSeconds userErrors { code message } } }`;
const AUTHENTICATE = 'ContactAuthenticationPublicService.authenticate';

/**
 * A day-long window in every stack here: what is tested is the count, and a sliding window weighs
 * the previous fixed window's failures down from the first millisecond of the next (5 failures
 * read as 4.99 just after a boundary), so a run crossing a quarter hour would let one more through.
 */
const DAY_WINDOW = { LOGIN_ATTEMPTS_WINDOW_SECONDS: '86400', GUEST_CONTACTS_WINDOW_SECONDS: '86400' };

/** one login from a client behind our trusted proxy (TRUST_PROXY=1: the last X-Forwarded-For entry is the client) */
const loginFrom = (stack: Stack, address: string, email: string, password: string) =>
  stack.query(LOGIN, { e: email, p: password }, { headers: { 'x-forwarded-for': address } }).then((r) => r.data.login);

/** Login throttling stops the address that guesses, never the customer who knows the password. */
describe('login throttling', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { ...DAY_WINDOW, TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_ACCOUNT: '5', LOGIN_ATTEMPTS_PER_CLIENT: '30', LOGIN_SLOW_AFTER: '20' } });
  }, 60_000);
  afterAll(() => stack?.close());

  it('never refuses successful logins, however many', async () => {
    for (let i = 0; i < 12; i++) expect((await loginFrom(stack, '198.51.100.1', 'bob@example.com', 'bob-demo-password')).token).toBeTruthy();
  });

  it('refuses the address that guessed on an account, with a retry-after, and lets the owner in from another', async () => {
    for (let i = 0; i < 5; i++) expect((await loginFrom(stack, '203.0.113.66', 'alice@example.com', `guess-${i}-password`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    await stack.sim.reset();
    const attacker = await loginFrom(stack, '203.0.113.66', 'alice@example.com', 'alice-demo-password');
    expect(attacker.token).toBeNull();
    expect(attacker.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect(attacker.retryAfterSeconds).toBeGreaterThan(0);
    expect(attacker.retryAfterSeconds).toBeLessThanOrEqual(Number(DAY_WINDOW.LOGIN_ATTEMPTS_WINDOW_SECONDS));
    expect(await stack.sim.count(AUTHENTICATE)).toBe(0); // refused before asking SecuTix

    const owner = await loginFrom(stack, '198.51.100.2', 'alice@example.com', 'alice-demo-password');
    expect(owner.userErrors).toEqual([]);
    expect(owner.token).toBeTruthy();
  });

  it('under an attack spread over addresses, refuses the addresses that failed, not the owner', async () => {
    for (let i = 0; i < 6; i++) await loginFrom(stack, `203.0.113.${100 + i}`, 'bob@example.com', 'wrong-password-x');
    expect((await loginFrom(stack, '203.0.113.100', 'bob@example.com', 'bob-demo-password')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect((await loginFrom(stack, '198.51.100.3', 'bob@example.com', 'bob-demo-password')).token).toBeTruthy();
  });

  it('refuses guessing the current password in changeMyPassword as it refuses guessing at login, on the same count', async () => {
    const CHANGE = `mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { userErrors { code } } }`;
    // an account of its own, which the other tests' guesses have not touched
    const email = `carol-${Date.now()}@example.com`;
    const guest = (await stack.query(`mutation($e: String!) { createGuestContact(input: { email: $e, firstName: "Carol", lastName: "Test" }) { guestToken } }`, { e: email })).data.createGuestContact;
    const session = (await stack.query(`mutation { registerGuest(password: "carol-own-password") { token } }`, {}, { headers: { authorization: `Bearer ${guest.guestToken}` } })).data.registerGuest;
    // a stolen token, used from the thief's address
    const change = (current: string) => stack.query(CHANGE, { c: current, n: 'thief-chosen-password' }, { headers: { authorization: `Bearer ${session.token}`, 'x-forwarded-for': '203.0.113.200' } }).then((r) => r.data.changeMyPassword.userErrors.map((e: { code: string }) => e.code));
    for (let i = 0; i < 5; i++) expect(await change(`guess-${i}-password`)).toEqual(['INVALID_CREDENTIALS']);
    await stack.sim.reset();
    expect(await change('carol-own-password')).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(await stack.sim.count('ContactAuthenticationPublicService.changePassword')).toBe(0); // refused before asking SecuTix
    // the same count as login's: the thief's address cannot turn to login instead
    expect((await loginFrom(stack, '203.0.113.200', email, 'carol-own-password')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // the owner's password is unchanged
    expect((await loginFrom(stack, '198.51.100.21', email, 'carol-own-password')).token).toBeTruthy();
  });

  it('lets one address create a few guest contacts an hour, not thousands, and asks SecuTix nothing for the ones refused', async () => {
    const guestFrom = (address: string, i: number) =>
      stack.query(`mutation($e: String!) { createGuestContact(input: { email: $e, firstName: "Guest", lastName: "Test" }) { guestToken userErrors { code } } }`, { e: `guest-${address}-${i}-${Date.now()}@example.com` }, { headers: { 'x-forwarded-for': address } }).then((r) => r.data.createGuestContact);
    for (let i = 0; i < 10; i++) expect((await guestFrom('203.0.113.150', i)).guestToken).toBeTruthy();
    expect(await stack.sim.count('ContactInformationPublicService.createCulturalContact')).toBeGreaterThanOrEqual(10);
    await stack.sim.reset();
    const refused = await guestFrom('203.0.113.150', 10);
    expect([refused.guestToken, refused.userErrors]).toEqual([null, [{ code: 'TOO_MANY_ATTEMPTS' }]]);
    expect(await stack.sim.count('ContactInformationPublicService.createCulturalContact')).toBe(0);
    expect((await guestFrom('198.51.100.150', 0)).guestToken).toBeTruthy();
  });

  it('refuses an address with many failures on any accounts, and believes X-Forwarded-For only from the trusted hop', async () => {
    for (let i = 0; i < 30; i++) await loginFrom(stack, '203.0.113.7', `victim-${i}@example.com`, 'wrong-password-y');
    const refused = await loginFrom(stack, '203.0.113.7', 'bob@example.com', 'bob-demo-password');
    expect(refused.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // a made-up address written in front does not help: our proxy's entry is the last one
    expect((await loginFrom(stack, '198.51.100.99, 203.0.113.7', 'bob@example.com', 'bob-demo-password')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect((await loginFrom(stack, '198.51.100.4', 'bob@example.com', 'bob-demo-password')).token).toBeTruthy();
  });
});

describe('login throttling without trusted proxies', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: DAY_WINDOW });
  }, 60_000);
  afterAll(() => stack?.close());

  it('ignores X-Forwarded-For: an attacker cannot make up a fresh address per attempt', async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await loginFrom(stack, `192.0.2.${i}`, 'alice@example.com', `guess-${i}-password`));
    expect(results.slice(5).map((r) => r.userErrors[0].code)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });
});

describe('login throttling while Redis is unreachable', () => {
  let redis: RedisHandle;
  let stack: Stack;
  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ redisUrl: redis.url, env: { ...DAY_WINDOW, TRUST_PROXY: '1' } });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('keeps counting in the process: 40 wrong passwords are refused after the limit, and the owner still logs in from elsewhere', async () => {
    await redis.stop();
    await stack.sim.reset();
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) codes.push((await loginFrom(stack, '203.0.113.9', 'alice@example.com', `guess-${i}-password`)).userErrors[0].code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(35);
    expect(await stack.sim.count(AUTHENTICATE)).toBe(5);
    const owner = await loginFrom(stack, '198.51.100.5', 'alice@example.com', 'alice-demo-password');
    expect(owner.userErrors).toEqual([]);
    expect(owner.token).toBeTruthy();
  });
});
