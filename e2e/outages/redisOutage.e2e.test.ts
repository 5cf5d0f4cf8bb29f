import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIdentity } from '@stx/identity';
import { startRedisServer, startStack, type GraphQLResponse, type RedisHandle, type Stack, CREATE, loginAs, pickTariff } from '@stx/testing';

const CREATE_CALL = 'ExternalOrderFacade.createOrUpdateOrder';
const dataDir = mkdtempSync(join(tmpdir(), 'stx-redis-'));
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Orders while Redis is gone: the idempotency claim cannot be made, so no order may be made
 * either. Every request is refused with a retryable UPSTREAM_UNAVAILABLE, SecuTix sees no call,
 * and once Redis is back the same key makes exactly one order.
 */
describe('orders while Redis is unreachable', () => {
  let redis: RedisHandle;
  let stack: Stack;
  let alice: Record<string, string>;
  let input: { items: { performanceId: string; seatCategoryId: string; audienceSubCategoryId: string; quantity: number }[] };

  beforeAll(async () => {
    // persistent, as production's: the outage is Redis away and back with its data (the README's runbook)
    redis = await startRedisServer({ dataDir });
    stack = await startStack({ redisUrl: redis.url, env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    const t = await pickTariff(stack);
    input = { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] };
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  function expectRefusedRetryable(res: GraphQLResponse) {
    expect(res.data?.createOrder ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
  }

  it('makes no SecuTix order for 10 concurrent requests and a retry with one key, through the gateway or at the subgraph', async () => {
    await redis.stop();
    await stack.sim.reset();
    const k = `key-${randomUUID()}`;
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => stack.query(CREATE, { input, key: k }, { headers: alice })));
    const retry = await stack.query(CREATE, { input, key: k }, { headers: alice });
    for (const res of [...concurrent, retry]) expectRefusedRetryable(res);

    // the same at the sales subgraph itself, past the gateway's own session check
    const asAlice = () => ({ 'x-stx-identity': signIdentity({ contactNumber: '1000001' }, stack.secrets.identitySecret, Date.now()) });
    const direct = await Promise.all(Array.from({ length: 10 }, () => stack.query(CREATE, { input, key: k }, { url: stack.subgraphUrls.sales, headers: asAlice() })));
    for (const res of direct) expectRefusedRetryable(res);
    expect(JSON.stringify(direct)).not.toMatch(/redis|ECONNREFUSED|127\.0\.0\.1/i);

    expect(await stack.sim.count(CREATE_CALL)).toBe(0);
  });

  it('refuses a delivery choice too, an order change counted in the same store, before SecuTix is asked', async () => {
    await stack.sim.reset();
    const choose = await stack.query(`mutation { chooseShipmentMode(orderId: "1", shipmentModeId: "503") { shipments { shipmentModeId } userErrors { code } } }`, {}, { headers: alice });
    expect(choose.data?.chooseShipmentMode ?? null).toBeNull();
    expect(choose.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    // background syncs may call meanwhile; nothing of the order or its shipments is asked
    expect(Object.keys(await stack.sim.calls()).filter((op) => /Shipment|Order/.test(op))).toEqual([]);
  });

  it('makes exactly one order for that key once Redis is back', async () => {
    redis = await startRedisServer({ port: redis.port, dataDir });
    const k = `key-${randomUUID()}`;
    await stack.sim.reset();
    // the stores reconnect within a second or two; until then the answer stays a retryable refusal
    let first = await stack.query(CREATE, { input, key: k }, { headers: alice });
    for (let i = 0; i < 50 && first.errors; i++) {
      expect(first.errors[0].extensions?.retryable).toBe(true);
      await wait(100);
      first = await stack.query(CREATE, { input, key: k }, { headers: alice });
    }
    const again = await Promise.all(Array.from({ length: 10 }, () => stack.query(CREATE, { input, key: k }, { headers: alice })));
    const ids = new Set([first, ...again].map((r) => r.data?.createOrder?.order?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^\d+$/);
    expect(await stack.sim.count(CREATE_CALL)).toBe(1);
  });
});
