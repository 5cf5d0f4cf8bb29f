import { getTestRedisUrl, startStack, type Stack, expectNothingInternal, HOME_PAGE, PRODUCT_PAGE } from '@stx/testing';

/** One subgraph down takes only its own fields with it, each null with a retryable code. */
describe('a subgraph down', () => {
  let stack: Stack;
  let productId: string;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl() });
    const home = await stack.query(HOME_PAGE, { first: 20 });
    const withPerformances = home.data.products.edges.map((e: any) => e.node).find((p: any) => p.nextPerformance);
    productId = withPerformances.id;
    await stack.stopSubgraph('availability');
  });
  afterAll(() => stack?.close());

  it('keeps the catalog of the product page and nulls availability with UPSTREAM_UNAVAILABLE', async () => {
    const res = await stack.query(PRODUCT_PAGE, { id: productId });
    expect(res.status).toBe(200);
    const product = res.data.product;
    expect(product).not.toBeNull();
    expect(product.name).toEqual(expect.any(String));
    expect(product.performances.length).toBeGreaterThan(0);
    const performance = product.performances[0];
    expect(performance.prices.length).toBeGreaterThan(0);
    expect(performance.start).toEqual(expect.any(String));
    expect(product.availability).toBeNull();
    expect(performance.availability).toBeNull();
    expect(performance.seatCategoryAvailability).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    }
    expectNothingInternal(res);
  });

  it('keeps the catalog of the home page', async () => {
    const res = await stack.query(HOME_PAGE, { first: 10 }); // not the page answered before: no cached answer
    expect(res.status).toBe(200);
    const nodes = res.data.products.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.name).toEqual(expect.any(String));
      expect(node.availability).toBeNull();
    }
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    expectNothingInternal(res);
  });
});
