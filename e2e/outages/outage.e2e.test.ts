import { randomUUID } from 'node:crypto';
import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';

const HOME = `{ products(first: 10) { edges { node { id name(lang: "en") availability { level asOf } } } } }`;
const CREATE = `mutation($input: OrderInput!, $key: String!) { createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A SecuTix outage costs SecuTix nothing extra: background checks stay at their configured rate
 * (compressed here: one check every 2 s), reads keep their last answers, and an order gets a
 * retryable UPSTREAM_UNAVAILABLE, never UPSTREAM_RATE_LIMITED from a budget eaten by retries.
 */
describe('during a SecuTix outage', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      redisUrl: getTestRedisUrl(),
      env: {
        CATALOG_SETUP_CHECK_SECONDS: '2',
        AVAILABILITY_SYNC_SECONDS: '2',
        SECUTIX_READ_ATTEMPTS: '3',
        SECUTIX_BREAKER_FAILURES: '3',
        SECUTIX_BREAKER_OPEN_SECONDS: '2',
        SECUTIX_CALLS_PER_MINUTE: '40',
        SECUTIX_WRITE_CALLS_PER_MINUTE: '10',
        GATEWAY_RESPONSE_CACHE_SECONDS: '0',
      },
    });
    expect((await stack.query(HOME)).errors).toBeUndefined();
  });
  afterAll(() => stack?.close());

  it('keeps background checks at their configured rate, serves reads with asOf, and refuses orders as UPSTREAM_UNAVAILABLE', async () => {
    const login = await stack.query(`mutation { login(email: "alice@example.com", password: "alice-demo-password") { token } }`);
    const alice = { authorization: `Bearer ${login.data.login.token}` };
    const before = await stack.sim.calls();
    await stack.sim.faults({ outage: true });
    const started = Date.now();
    const orderCodes: unknown[] = [];
    try {
      while (Date.now() - started < 8000) {
        const home = await stack.query(HOME);
        expect(home.data.products.edges[0].node.availability.asOf).toEqual(expect.any(String));
        const order = await stack.query(CREATE, { input: { items: [{ performanceId: '900001', seatCategoryId: '1', audienceSubCategoryId: '1', quantity: 1 }] }, key: randomUUID() }, { headers: alice });
        orderCodes.push(order.errors?.[0]?.extensions?.code);
        await wait(100);
      }
    } finally {
      await stack.sim.faults({});
    }
    const seconds = (Date.now() - started) / 1000;
    const after = await stack.sim.calls();
    const made = (op: string) => (after[op] ?? 0) - (before[op] ?? 0);
    // configured: one of each per 2 s, for all instances together; +1 for a window boundary
    expect(made('CatalogService.getLastSetupUpdate')).toBeLessThanOrEqual(Math.ceil(seconds / 2) + 1);
    expect(made('AvailabilityService.getUpdatedAvailabilities')).toBeLessThanOrEqual(Math.ceil(seconds / 2) + 1);
    expect(new Set(orderCodes)).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
    // the order service's circuit opened: most orders never reached SecuTix
    expect(made('ExternalOrderFacade.createOrUpdateOrder')).toBeLessThan(orderCodes.length / 2);
  });
});
