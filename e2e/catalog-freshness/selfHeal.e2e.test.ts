import { eventually, freePort, startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';

const PRODUCT = `query($id: ID!) { product(id: $id) { id availability { level asOf } bookingUrl(lang: "en") } }`;

/**
 * Availability keeps following SecuTix whatever Redis loses: after a Redis restart the list of
 * products to watch is rebuilt from what each process serves, and getUpdatedAvailabilities keeps
 * running once per AVAILABILITY_SYNC_SECONDS.
 */
describe('availability after a Redis restart', () => {
  let redis: RedisHandle;
  let stack: Stack;
  // one port for the whole block, so that the restarted Redis is where the stack's clients reconnect
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer({ port });
    stack = await startStack({
      redisUrl: redis.url,
      env: { AVAILABILITY_SYNC_SECONDS: '1', AVAILABILITY_FRESH_SECONDS: '3600', GATEWAY_RESPONSE_CACHE_SECONDS: '0', SECUTIX_BREAKER_OPEN_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('shows SOLD_OUT, without a booking link, within one sync period after SecuTix answers again', async () => {
    const list = await stack.query(`{ products(first: 100, filter: { onSaleOnly: true, familyTypes: [SINGLE_ENTRY] }) { edges { node { id availability { level } performances { id } } } } }`);
    const product = list.data.products.edges.map((e: any) => e.node).find((p: any) => p.availability?.level === 'AVAILABLE' && p.performances.length === 1);
    expect(product).toBeDefined();

    // Redis restarts (empty) while SecuTix is down
    await stack.sim.faults({ outage: true });
    await redis.stop();
    redis = await startRedisServer({ port });
    await new Promise((r) => setTimeout(r, 1500));
    await stack.sim.faults({});

    // answered again from SecuTix and cached anew: the product is back in the cache
    const again = await eventually(async () => {
      const res = await stack.query(PRODUCT, { id: product.id });
      expect(res.data.product.availability.level).toBe('AVAILABLE');
      return res;
    }, 5000);
    expect(again.data.product.bookingUrl).not.toBeNull();

    const syncsBefore = await stack.sim.count('AvailabilityService.getUpdatedAvailabilities');
    await stack.sim.sell(product.performances[0].id, 1_000_000);
    const soldOutAt = Date.now();
    const soldOut = await eventually(async () => {
      const res = await stack.query(PRODUCT, { id: product.id });
      expect(res.data.product.availability.level).toBe('SOLD_OUT');
      return res;
    }, 4000);
    // one sync period (1 s), plus the wait for the period to start and the refetch
    expect(Date.now() - soldOutAt).toBeLessThan(3000);
    expect(soldOut.data.product.bookingUrl).toBeNull();
    expect(await stack.sim.count('AvailabilityService.getUpdatedAvailabilities')).toBeGreaterThan(syncsBefore);
  });

  it('keeps calling getUpdatedAvailabilities about once per period, whatever the traffic', async () => {
    const before = await stack.sim.count('AvailabilityService.getUpdatedAvailabilities');
    await new Promise((r) => setTimeout(r, 4000));
    const calls = (await stack.sim.count('AvailabilityService.getUpdatedAvailabilities')) - before;
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(5);
  });
});
