import { randomUUID } from 'node:crypto';
import { signIdentity } from '@stx/identity';
import { getTestRedisUrl, startRedisServer, startStack, type RedisHandle, type Stack, CREATE, loginAs, pickTariff } from '@stx/testing';

const VOUCHER = `query($c: String!) { voucher(code: $c) { code balance { amount } } }`;
const PAY = `mutation($id: ID!, $c: String!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: $c }, idempotencyKey: $k) { retryAfterSeconds userErrors { code field message } } }`;
const BALANCE = 'ExternalPaymentService.getVoucherBalance';
const key = () => `key-${randomUUID()}`;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A voucher code is a bearer value: guessing codes is throttled per client address by the login's
 * failure rule (unknown codes only, through `voucher(code)` and `payOrder` alike), refused before
 * SecuTix is asked, with a coded error and when to try again; while the coordination store is
 * down no code is looked up at all.
 */
describe('voucher code throttling', () => {
  let stack: Stack;
  let alice: Record<string, string>;
  const from = (address: string) => ({ ...alice, 'x-forwarded-for': address });

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { TRUST_PROXY: '1', VOUCHER_ATTEMPTS_PER_CLIENT: '3', VOUCHER_SLOW_AFTER: '2', VOUCHER_ATTEMPTS_WINDOW_SECONDS: '86400' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
  }, 60_000);
  afterAll(() => stack?.close());

  it('slows, then refuses an address guessing codes, through both ways of asking, before SecuTix is asked; other addresses and known codes are untouched', async () => {
    const guesser = '203.0.113.50';
    const t = await pickTariff(stack);
    const order = (await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice })).data.createOrder.order;

    // known codes are no guesses, however many times (expired ones included)
    for (let i = 0; i < 5; i++) {
      expect((await stack.query(VOUCHER, { c: 'GIFT-20' }, { headers: from(guesser) })).data.voucher.code).toBe('GIFT-20');
      expect((await stack.query(VOUCHER, { c: 'GIFT-EXPIRED' }, { headers: from(guesser) })).data.voucher.code).toBe('GIFT-EXPIRED');
    }

    // two unknown codes: one by look-up, one by payment; the second makes the address wait 1 s
    expect((await stack.query(VOUCHER, { c: 'GUESS-0001' }, { headers: from(guesser) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const paid = await stack.query(PAY, { id: order.id, c: 'GUESS-0002', k: key() }, { headers: from(guesser) });
    expect(paid.data.payOrder.userErrors).toEqual([{ code: 'INVALID_VOUCHER', field: 'payment.voucherCode', message: expect.any(String) }]);
    await stack.sim.reset();
    const slowed = await stack.query(VOUCHER, { c: 'GUESS-0003' }, { headers: from(guesser) });
    expect(slowed.data?.voucher ?? null).toBeNull();
    expect(slowed.errors?.[0].extensions).toMatchObject({ code: 'THROTTLED', retryable: true, retryAfterSeconds: 1 });
    expect(slowed.errors?.[0].message).toMatch(/try again in 1 seconds/);
    expect(await stack.sim.count(BALANCE)).toBe(0);

    // after the wait, a third unknown code reaches the limit: refused (not slowed) until the window lets it below
    await wait(1_100);
    expect((await stack.query(VOUCHER, { c: 'GUESS-0003' }, { headers: from(guesser) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await stack.sim.reset();
    const refused = await stack.query(VOUCHER, { c: 'GIFT-20' }, { headers: from(guesser) });
    expect(refused.errors?.[0].extensions?.code).toBe('THROTTLED');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(2); // longer than the slow-down's next wait
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(86400);
    const payRefused = await stack.query(PAY, { id: order.id, c: 'GIFT-20', k: key() }, { headers: from(guesser) });
    expect(payRefused.data.payOrder.userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS', field: 'payment.voucherCode', message: expect.stringMatching(/try again in \d+ seconds/) }]);
    expect(payRefused.data.payOrder.retryAfterSeconds).toBeGreaterThan(2);
    expect(await stack.sim.count(BALANCE)).toBe(0);

    // the same buyer from another address, and a made-up address written in front of ours, as before
    expect((await stack.query(VOUCHER, { c: 'GIFT-20' }, { headers: from('198.51.100.50') })).data.voucher.balance.amount).toBe('20.00');
    expect((await stack.query(VOUCHER, { c: 'GIFT-20' }, { headers: from(`198.51.100.51, ${guesser}`) })).errors?.[0].extensions?.code).toBe('THROTTLED');
  });
});

describe('voucher code throttling while the coordination store is down', () => {
  let redis: RedisHandle;
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ redisUrl: redis.url });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('looks up no code while it cannot count guesses (fail closed), at the subgraph itself too, and again once Redis is back', async () => {
    const asAlice = () => ({ 'x-stx-identity': signIdentity({ contactNumber: '1000001', clientIp: '203.0.113.60' }, stack.secrets.identitySecret, Date.now()) });
    expect((await stack.query(VOUCHER, { c: 'GIFT-20' }, { url: stack.subgraphUrls.sales, headers: asAlice() })).data.voucher.code).toBe('GIFT-20');

    await redis.stop();
    await stack.sim.reset();
    for (const code of ['GIFT-20', 'GUESS-0001']) {
      const direct = await stack.query(VOUCHER, { c: code }, { url: stack.subgraphUrls.sales, headers: asAlice() });
      expect(direct.data?.voucher ?? null).toBeNull();
      expect(direct.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(JSON.stringify(direct)).not.toMatch(/redis|ECONNREFUSED|127\.0\.0\.1|at .*\.ts/i);
      const viaGateway = await stack.query(VOUCHER, { c: code }, { headers: alice });
      expect(viaGateway.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    }
    expect(await stack.sim.count(BALANCE)).toBe(0);

    redis = await startRedisServer({ port: redis.port });
    let back = await stack.query(VOUCHER, { c: 'GIFT-20' }, { url: stack.subgraphUrls.sales, headers: asAlice() });
    for (let i = 0; i < 50 && back.errors; i++) {
      await wait(100);
      back = await stack.query(VOUCHER, { c: 'GIFT-20' }, { url: stack.subgraphUrls.sales, headers: asAlice() });
    }
    expect(back.data.voucher.code).toBe('GIFT-20');
  });
});
