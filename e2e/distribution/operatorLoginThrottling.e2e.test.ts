import { getTestRedisUrl, startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';
import { OPERATOR } from './distributionHelpers';

jest.setTimeout(60_000);

const OPERATOR_LOGIN = `mutation($l: String!, $p: String!) { operatorLogin(login: $l, password: $p) { token retryAfterSeconds userErrors { code message } } }`;
const AUTHENTICATE = 'ExternalSalesService.authenticateOperator';

/** one operator login from a client behind our trusted proxy (TRUST_PROXY=1) */
const operatorLoginFrom = (stack: Stack, address: string, password: string, login = OPERATOR.login) =>
  stack.query(OPERATOR_LOGIN, { l: login, p: password }, { headers: { 'x-forwarded-for': address } }).then((r) => r.data.operatorLogin);

/** Operator passwords open the back office: guessing them is throttled by the buyers' login rule. */
describe('operatorLogin throttling', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_ACCOUNT: '5' } });
  });
  afterAll(() => stack?.close());

  it('refuses the address that guessed, before asking SecuTix, with a retry-after; the operator gets in from elsewhere', async () => {
    for (let i = 0; i < 5; i++) expect((await operatorLoginFrom(stack, '203.0.113.70', `guess-${i}-password`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    await stack.sim.reset();
    const attacker = await operatorLoginFrom(stack, '203.0.113.70', OPERATOR.password);
    expect(attacker.token).toBeNull();
    expect(attacker.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect(attacker.retryAfterSeconds).toBeGreaterThan(0);
    expect(await stack.sim.count(AUTHENTICATE)).toBe(0);

    const operator = await operatorLoginFrom(stack, '198.51.100.20', OPERATOR.password);
    expect(operator.userErrors).toEqual([]);
    expect(operator.token).toBeTruthy();
  });

  it('never refuses successful operator logins, however many, and counts apart from buyers\' logins', async () => {
    for (let i = 0; i < 8; i++) expect((await operatorLoginFrom(stack, '198.51.100.21', OPERATOR.password)).token).toBeTruthy();
    // the guessing address above is refused as an operator, not as a buyer
    const buyer = await stack.query(`mutation { login(email: "alice@example.com", password: "alice-demo-password") { token userErrors { code } } }`, {}, { headers: { 'x-forwarded-for': '203.0.113.70' } });
    expect(buyer.data.login.token).toBeTruthy();
  });
});

describe('operatorLogin throttling while Redis is unreachable', () => {
  let redis: RedisHandle;
  let stack: Stack;
  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ redisUrl: redis.url, env: { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_ACCOUNT: '5' } });
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('keeps counting in the process, as buyers\' logins do: 20 wrong passwords, 5 reach SecuTix', async () => {
    await redis.stop();
    await stack.sim.reset();
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) codes.push((await operatorLoginFrom(stack, '203.0.113.71', `guess-${i}-password`)).userErrors[0].code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
    expect(await stack.sim.count(AUTHENTICATE)).toBe(5);
  });
});
