import { getTestRedisUrl, startStack, type Stack, eventually, AVAILABILITY_OF, HOME_PAGE } from '@stx/testing';

/** Caches refresh on SecuTix's signals, and keep serving when SecuTix cannot answer. */
describe.each(['soap', 'json'] as const)('freshness and resilience (%s)', (transport) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      transport,
      redisUrl: getTestRedisUrl(),
      sim: { rateLimits: { enabled: true, perMinute: 1000, catalogDetailedIntervalMs: 0, status: 509 } },
      // the gateway's response cache is off here: these tests watch the subgraphs' own freshness
      env: { CATALOG_SETUP_CHECK_SECONDS: '1', CATALOG_MIN_REFRESH_SECONDS: '0', AVAILABILITY_SYNC_SECONDS: '1', AVAILABILITY_FRESH_SECONDS: '3600', GATEWAY_RESPONSE_CACHE_SECONDS: '0' },
    });
    expect((await stack.query(HOME_PAGE, { first: 50 })).errors).toBeUndefined();
  });
  afterAll(() => stack?.close());

  async function firstOnSaleProduct(): Promise<{ id: string; performanceId: string }> {
    const res = await stack.query(`{ products(first: 100, filter: { onSaleOnly: true, familyTypes: [SINGLE_ENTRY] }) { edges { node { id availability { level } performances { id } } } } }`);
    const node = res.data.products.edges.map((e: any) => e.node).find((p: any) => p.availability?.level === 'AVAILABLE' && p.performances.length === 1);
    expect(node).toBeDefined();
    return { id: node.id, performanceId: node.performances[0].id };
  }

  it('reloads the catalog snapshot when getLastSetupUpdate moves, and only then', async () => {
    const product = await firstOnSaleProduct();
    await stack.sim.reset();
    await stack.sim.touchCatalog({ productId: Number(product.id), name: `Renamed ${transport}` });
    const renamed = await eventually(async () => {
      const res = await stack.query(`query($id: ID!) { product(id: $id) { name(lang: "en") } }`, { id: product.id });
      expect(res.data.product.name).toBe(`Renamed ${transport}`);
      return res;
    });
    expect(renamed.errors).toBeUndefined();
    expect(await stack.sim.count('CatalogService.getCatalogDetailed')).toBe(1);
    expect(await stack.sim.count('CatalogService.getLastSetupUpdate')).toBeGreaterThanOrEqual(1);
  });

  it('refreshes availability after seats are sold, through getUpdatedAvailabilities', async () => {
    const product = await firstOnSaleProduct();
    const before = await stack.query(AVAILABILITY_OF, { id: product.id });
    expect(before.data.product.availability.level).toBe('AVAILABLE');
    await stack.sim.sell(product.performanceId, 1_000_000);
    const after = await eventually(async () => {
      const res = await stack.query(AVAILABILITY_OF, { id: product.id });
      expect(res.data.product.availability.level).toBe('SOLD_OUT');
      return res;
    });
    expect(Date.parse(after.data.product.availability.asOf)).toBeGreaterThan(Date.parse(before.data.product.availability.asOf));
    expect(await stack.sim.count('AvailabilityService.getUpdatedAvailabilities')).toBeGreaterThanOrEqual(1);
    const soldOut = await stack.query(`query($id: ID!) { product(id: $id) { bookingUrl } }`, { id: product.id });
    expect(soldOut.data.product.bookingUrl).toBeNull();
  });

  it('serves the last known answers, with their asOf, while SecuTix is down', async () => {
    const warm = await stack.query(HOME_PAGE, { first: 20 });
    expect(warm.errors).toBeUndefined();
    await stack.sim.faults({ outage: true });
    try {
      const down = await stack.query(HOME_PAGE, { first: 20 });
      expect(down.errors).toBeUndefined();
      expect(down.data.products.edges.map((e: any) => e.node.availability)).toEqual(warm.data.products.edges.map((e: any) => e.node.availability));
    } finally {
      await stack.sim.faults({});
    }
  });

  it('answers a clear coded error, never SecuTix raw text, for availability it never had while SecuTix is down', async () => {
    const page = await stack.query(`{ products(first: 100) { edges { node { id } } } }`);
    const ids = page.data.products.edges.map((e: any) => e.node.id);
    const unseen = ids[ids.length - 1];
    await stack.sim.faults({ outage: true });
    try {
      const res = await stack.query(`query($id: ID!) { product(id: $id) { id name performances { id availability { level } } } }`, { id: unseen });
      expect(res.data.product.id).toBe(unseen);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      if (res.data.product.performances.length > 0) expect(codes).toContain('UPSTREAM_UNAVAILABLE');
      expect(JSON.stringify(res.errors ?? [])).not.toMatch(/Envelope|faultstring|HTTP 503|ECONN/);
    } finally {
      await stack.sim.faults({});
    }
  });
});
