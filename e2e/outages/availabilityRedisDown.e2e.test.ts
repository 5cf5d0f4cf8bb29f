import { freePort, startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';

const PRODUCT = `query($id: ID!) { product(id: $id) {
  id availability { level asOf } bookingUrl(lang: "en")
  performances { id availability { level asOf } bookingUrl(lang: "en") } } }`;
const HOME = `{ products(first: 20, filter: { onSaleOnly: true }) { edges { node { id availability { level asOf } bookingUrl(lang: "en") } } } }`;
/** the simulator's fixed on-sale single-entry products (simulator/README.md, "Simulator specifics") */
const ON_SALE = ['10001', '10002', '10006', '10010', '10012'];

/**
 * Availability reads keep answering while Redis is down and after it comes back empty: each
 * process keeps a bounded copy of what it recently read or wrote, so neither the outage nor the
 * empty Redis sends every read to SecuTix. The availability budget is the production one (30 a
 * minute) split between the 8 processes that share it when Redis cannot count them, as in the
 * reliability suite: too little to refetch every page, which is the point.
 */
describe('availability while Redis is down and after it restarts empty', () => {
  let redis: RedisHandle;
  let stack: Stack;
  // one port for the whole block, so that the restarted Redis is where the stack's clients reconnect
  let port: number;

  const readAll = async (): Promise<string[]> => {
    const answers = await Promise.all([stack.query(HOME), ...ON_SALE.map((id) => stack.query(PRODUCT, { id }))]);
    return answers.flatMap((a) => (a.errors ?? []).map((e: any) => `${e.extensions?.code} at ${e.path?.join('.')}`));
  };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer({ port });
    stack = await startStack({
      redisUrl: redis.url,
      env: { INSTANCES: '8', AVAILABILITY_SYNC_SECONDS: '2', GATEWAY_RESPONSE_CACHE_SECONDS: '0', SECUTIX_BREAKER_OPEN_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('answers every read, with its asOf, while Redis is down', async () => {
    expect(await readAll()).toEqual([]);
    await redis.stop();
    const errors: string[] = [];
    for (let i = 0; i < 8; i++) {
      errors.push(...(await readAll()));
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(errors).toEqual([]);
  });

  it('answers every read after Redis comes back empty, and shows a sale within a sync period', async () => {
    redis = await startRedisServer({ port });
    const errors: string[] = [];
    for (let i = 0; i < 6; i++) {
      errors.push(...(await readAll()));
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(errors).toEqual([]);

    const product = await stack.query(PRODUCT, { id: '10001' });
    const performanceId = product.data.product.performances[0].id;
    await stack.sim.sell(performanceId, 1_000_000);
    const soldAt = Date.now();
    let shown: number | undefined;
    while (Date.now() - soldAt < 10_000) {
      errors.push(...(await readAll()));
      const res = await stack.query(PRODUCT, { id: '10001' });
      const perf = res.data.product.performances.find((p: any) => p.id === performanceId);
      if (perf.availability.level === 'SOLD_OUT' && perf.bookingUrl === null) {
        shown = Date.now() - soldAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // one sync period (2 s), the wait for it to start, and the refetch
    expect(shown).toBeDefined();
    expect(shown!).toBeLessThan(4500);
    expect(errors).toEqual([]);
  });
});
