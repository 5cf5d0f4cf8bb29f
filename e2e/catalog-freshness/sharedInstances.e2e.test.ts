import { randomUUID } from 'node:crypto';
import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { SimControl, getTestRedisUrl, startStack, type Stack, HOME_PAGE } from '@stx/testing';

/**
 * Two deployments of the whole product over one Redis: what one instance learnt from SecuTix,
 * the other reuses. The calls SecuTix sees do not grow with the number of instances.
 */
describe('instances sharing one Redis', () => {
  let simulator: Simulator;
  let stacks: Stack[] = [];

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, latency: 'none' });
    const env = { CACHE_NAMESPACE: `test:${randomUUID()}`, GATEWAY_RESPONSE_CACHE_SECONDS: '0' };
    stacks = [await startStack({ simulator, redisUrl: getTestRedisUrl(), env }), await startStack({ simulator, redisUrl: getTestRedisUrl(), env })];
  });
  afterAll(async () => {
    for (const s of stacks) await s.close();
    await simulator?.close();
  });

  it('loads the catalog and availability once for both', async () => {
    const sim = new SimControl(simulator.url);
    await sim.reset();
    const [a, b] = await Promise.all(stacks.map((s) => s.query(HOME_PAGE, { first: 50 })));
    expect(a.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    const calls = await sim.calls();
    expect(calls['CatalogService.getCatalogDetailed']).toBe(1);
    expect(calls['AvailabilityService.getProductAvailability'] ?? 0).toBeLessThanOrEqual(1);

    await sim.reset();
    await Promise.all(stacks.map((s) => s.query(HOME_PAGE, { first: 50 })));
    expect(await sim.total()).toBe(0);
  });

  it('counts one budget for both', async () => {
    const sim = new SimControl(simulator.url);
    await sim.reset();
    // a product page never asked before, in each instance: the second reuses the first's answer
    const page = await stacks[0].query(`{ products(first: 100) { edges { node { id } } } }`);
    const id = page.data.products.edges.at(-1).node.id;
    const q = `query($id: ID!) { product(id: $id) { performances { availability { level } } } }`;
    await stacks[0].query(q, { id });
    await stacks[1].query(q, { id });
    expect(await sim.count('AvailabilityService.getPerformanceAvailability')).toBeLessThanOrEqual(1);
  });
});
