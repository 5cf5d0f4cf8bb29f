import { getTestRedisUrl, startStack, type Stack, HOME_PAGE, PRODUCT_PAGE } from '@stx/testing';

/**
 * The foundation's promise, end to end on loopback: gateway, both subgraphs, the simulator over
 * real HTTP and a real Redis, once per SecuTix transport.
 */
describe.each(['soap', 'json'] as const)('catalog and availability through the gateway (%s)', (transport) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ transport, redisUrl: getTestRedisUrl() });
  });
  afterAll(() => stack?.close());

  it('serves the home page with names, prices, availability and booking links', async () => {
    const res = await stack.query(HOME_PAGE, { first: 50 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.products.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(10);
    expect(res.data.products.totalCount).toBeGreaterThanOrEqual(nodes.length);
    for (const p of nodes) {
      expect(p.name).toEqual(expect.any(String));
      expect(['AVAILABLE', 'FEW_LEFT', 'SOLD_OUT']).toContain(p.availability.level);
      expect(p.availability.code).toBe({ AVAILABLE: 1, FEW_LEFT: 2, SOLD_OUT: 3 }[p.availability.level as string]);
      if (p.priceRange) expect(p.priceRange.min.amount).toMatch(/^\d+\.\d{2}$/);
      const bookable = p.state === 'ON_SALE' && p.availability.level !== 'SOLD_OUT';
      if (bookable) expect(p.bookingUrl).toMatch(new RegExp(`/api/1/redirect/product\\?id=${p.id}&lang=en$`));
      else expect(p.bookingUrl).toBeNull();
    }
    const states = new Set(nodes.map((p: any) => p.state));
    expect(states).toEqual(expect.objectContaining({}));
    expect([...states]).toEqual(expect.arrayContaining(['ON_SALE', 'SOON_ON_SALE', 'CANCELLED']));
    expect(nodes.some((p: any) => p.availability.level === 'SOLD_OUT')).toBe(true);
  });

  it('costs at most one availability call cold, and nothing warm', async () => {
    // the first test warmed the catalog; a fresh page of products is cold for availability
    await stack.sim.reset();
    const cold = await stack.query(HOME_PAGE, { first: 50 });
    expect(cold.errors).toBeUndefined();
    const coldCalls = await stack.sim.calls();
    expect(coldCalls['AvailabilityService.getProductAvailability'] ?? 0).toBeLessThanOrEqual(1);
    expect(coldCalls['CatalogService.getCatalogDetailed'] ?? 0).toBe(0);

    await stack.sim.reset();
    for (let i = 0; i < 5; i++) expect((await stack.query(HOME_PAGE, { first: 50 })).errors).toBeUndefined();
    expect(await stack.sim.total()).toBe(0);
  });

  it('batches all the performances of a product page into one availability call', async () => {
    const list = await stack.query(`{ products(first: 100, filter: { familyTypes: [SINGLE_ENTRY] }) { edges { node { id performances { id } } } } }`);
    const withMany = list.data.products.edges.map((e: any) => e.node).find((p: any) => p.performances.length >= 2);
    expect(withMany).toBeDefined();
    await stack.sim.reset();
    const res = await stack.query(PRODUCT_PAGE, { id: withMany.id });
    expect(res.errors).toBeUndefined();
    const perfs = res.data.product.performances;
    expect(perfs.length).toBe(withMany.performances.length);
    expect(await stack.sim.count('AvailabilityService.getPerformanceAvailability')).toBe(1);
    for (const perf of perfs) {
      expect(perf.seatCategoryAvailability.length).toBeGreaterThan(0);
      expect(perf.prices.length).toBeGreaterThan(0);
      for (const price of perf.prices) expect(price.amount.amount).toMatch(/^\d+\.\d{2,3}$/);
    }
  });
});
