import { getTestRedisUrl, startStack, type Stack, loginAs } from '@stx/testing';

const ORDER_CALL = 'ExternalOrderService.getOrderDetails';
/**
 * Shares are counted in fixed windows of a minute: a test that crossed into the next one mid-way
 * saw the share whole again (it failed so in CI). Each test starts with at least 20 s of its window left.
 */
async function windowWithTimeLeft(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 250));
}

const aliases = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

/**
 * SecuTix's calls are one budget for every caller of the institution. One caller, with a buyer's
 * token and a query of 30 aliases that each cost a call, could spend it for a minute: everyone's
 * logins, account pages and availability then failed. Each caller now has a share of its own
 * (SECUTIX_CALLS_PER_CALLER_PER_MINUTE), taken before the shared budget: past it, that caller's
 * fields are THROTTLED, retryable, and nobody else notices.
 */
describe('each caller’s share of the SecuTix calls', () => {
  let stack: Stack;
  let alice: Record<string, string>;
  let bob: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { SECUTIX_CALLS_PER_CALLER_PER_MINUTE: '10', GATEWAY_RESPONSE_CACHE_SECONDS: '0', ORDER_CACHE_SECONDS: '0', TRUST_PROXY: '1' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    bob = await loginAs(stack, 'bob@example.com', 'bob-demo-password');
  }, 60_000);
  afterAll(() => stack?.close());

  it('stops one buyer’s aliased order look-ups at its share, with THROTTLED, and leaves other callers their calls', async () => {
    await windowWithTimeLeft();
    await stack.sim.reset();
    const attack = await stack.query(aliases(30, (i) => `order(id: "${7100100 + i}") { id }`), {}, { headers: bob });
    // the ids are nobody's: those asked are NOT_FOUND, the rest were never asked
    const codes = (attack.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((c) => c === 'THROTTLED').length).toBeGreaterThanOrEqual(20);
    expect(new Set(codes)).toEqual(new Set(['NOT_FOUND', 'THROTTLED']));
    expect(attack.errors!.find((e) => e.extensions?.code === 'THROTTLED')!.extensions).toMatchObject({ retryable: true, retryAfterSeconds: expect.any(Number) });
    const spent = await stack.sim.count(ORDER_CALL);
    expect(spent).toBeLessThanOrEqual(10);
    // a second try in the same minute reaches SecuTix no more
    await stack.query(aliases(30, (i) => `order(id: "${7100200 + i}") { id }`), {}, { headers: bob });
    expect(await stack.sim.count(ORDER_CALL)).toBe(spent);
    // alice and an anonymous visitor are untouched
    const me = await stack.query('{ me { contactNumber orders(first: 5) { totalCount } } }', {}, { headers: alice });
    expect(me.errors).toBeUndefined();
    const login = await stack.query('mutation { login(email: "alice@example.com", password: "alice-demo-password") { token userErrors { code } } }');
    expect(login.data.login.token).toEqual(expect.any(String));
  }, 60_000);

  it('gives new guest tokens no new shares: a guest also counts as its address, where anyone may create guests', async () => {
    const from = { 'x-forwarded-for': '203.0.113.77' };
    const guest = async () => {
      const email = `guest-${Math.random().toString(36).slice(2, 10)}@example.com`;
      const created = await stack.query(`mutation($e: String!) { createGuestContact(input: { email: $e, firstName: "G", lastName: "G", language: "en" }) { guestToken } }`, { e: email }, { headers: from });
      return { ...from, authorization: `Bearer ${created.data.createGuestContact.guestToken}` };
    };
    const [first, second] = [await guest(), await guest()];
    await windowWithTimeLeft();
    await stack.sim.reset();
    await stack.query(aliases(30, (i) => `order(id: "${7100300 + i}") { id }`), {}, { headers: first });
    const spent = await stack.sim.count(ORDER_CALL);
    expect(spent).toBeLessThanOrEqual(10);
    const next = await stack.query(aliases(5, (i) => `order(id: "${7100400 + i}") { id }`), {}, { headers: second });
    expect(new Set((next.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set(['THROTTLED']));
    expect(await stack.sim.count(ORDER_CALL)).toBe(spent);
  }, 60_000);
});
