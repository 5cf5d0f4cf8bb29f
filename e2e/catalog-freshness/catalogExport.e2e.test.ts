import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { CatalogClient, JsonTransport, SecutixCaller, secutixDefaults } from '@stx/secutix-client';
import { SimControl, startStack, type Stack } from '@stx/testing';

const FIRST = `{ products(first: 1) { totalCount } }`;
const ready = async (stack: Stack) => (await fetch(`${stack.subgraphUrls.catalog.replace(/\/graphql$/, '')}/ready`)).status;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** getCatalogDetailed: the in_progress protocol, and never more than one export per CATALOG_MIN_REFRESH_SECONDS. */
describe('catalog export', () => {
  let simulator: Simulator | undefined;
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    await simulator?.close();
    stack = simulator = undefined;
  });

  it('collects a long export with its requestId, even when ordinary calls time out sooner than SecuTix answers in_progress', async () => {
    // scaled down: SecuTix's 30 s in_progress threshold is 1 s here, ordinary calls time out after 0.5 s
    simulator = await startSimulator({ port: 0, latency: { 'CatalogService.getCatalogDetailed': 1800 }, inProgressAfterMs: 1000 });
    stack = await startStack({ simulator, env: { SECUTIX_TIMEOUT_MS: '500', SECUTIX_IN_PROGRESS_POLL_MS: '100' } });
    const res = await stack.query(FIRST);
    expect(res.errors).toBeUndefined();
    expect(res.data.products.totalCount).toBeGreaterThan(0);
    // the export, then one follow-up with its requestId; nothing refused
    expect(await stack.sim.count('CatalogService.getCatalogDetailed')).toBe(2);
    expect(await ready(stack)).toBe(200);
  });

  it('asks once per CATALOG_MIN_REFRESH_SECONDS while the export fails, however often /ready and clients ask', async () => {
    simulator = await startSimulator({ port: 0, latency: 'none' });
    const sim = new SimControl(simulator.url);
    await sim.faults({ errorRate: 1, operations: ['CatalogService.getCatalogDetailed'] });
    stack = await startStack({ simulator, env: { SECUTIX_READ_ATTEMPTS: '3' } });
    for (let i = 0; i < 10; i++) {
      expect(await ready(stack)).toBe(503);
      expect((await stack.query(FIRST)).errors?.[0].extensions?.retryable).toBe(true);
      await wait(100);
    }
    expect(await sim.count('CatalogService.getCatalogDetailed')).toBe(1);
  });

  it('honours a 509 with its Retry-After: no further export before it has passed', async () => {
    simulator = await startSimulator({ port: 0, latency: 'none' });
    // another client of this institution exported the catalog a moment ago
    const config = { ...secutixDefaults, baseUrl: simulator.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport: 'json' as const };
    await new CatalogClient(new SecutixCaller(new JsonTransport(config), config)).getCatalogDetailed();
    stack = await startStack({ simulator });
    for (let i = 0; i < 10; i++) {
      expect(await ready(stack)).toBe(503);
      const res = await stack.query(FIRST);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryable: true });
      await wait(100);
    }
    // ours: the one refused call, then nothing until the Retry-After (about 10 minutes) has passed
    expect(await stack.sim.count('CatalogService.getCatalogDetailed')).toBe(2);
  });
});
