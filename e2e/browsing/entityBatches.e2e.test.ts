import { getTestRedisUrl, startStack, type Stack, expectNothingInternal } from '@stx/testing';

/**
 * A short query can make the planner send a subgraph one `_entities` request with every
 * representation of the answer so far; with subgraphs that read at most 3,000 bytes, the
 * performances of 48 products (about 60 bytes each, and the document) do not fit in one.
 */
describe('entity batches over the subgraph body limit', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { SUBGRAPH_MAX_BODY_BYTES: '3000' } });
  });
  afterAll(() => stack?.close());

  it('are split so every product gets its availability, and nothing internal leaks', async () => {
    const query = `{ products(first: 100) { edges { node { performances { id availability { level } bookingUrl } } } } }`;
    expect(query.length).toBeLessThan(190);
    const res = await stack.query(query);
    expectNothingInternal(res);
    expect(res.errors).toBeUndefined();
    const performances = res.data.products.edges.flatMap((e: any) => e.node.performances);
    expect(performances.length).toBeGreaterThanOrEqual(60);
    for (const performance of performances) expect(performance.availability).toEqual({ level: expect.any(String) });
  });

  it('turns a subgraph\'s 413 into a coded, non-retryable error of its own, without the subgraph\'s body', async () => {
    // one token for the gateway's limits, over 3,000 bytes in the request the catalog gets
    const res = await stack.query(`{ products(first: 1, filter: { search: "${'a'.repeat(5000)}" }) { totalCount } }`);
    expectNothingInternal(res);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'subgraphRequestBytes' });
    // the subgraph's own words (its limit, "Request body over ...") stay in the log
    expect(res.errors?.[0].message).not.toMatch(/3000|Request body/);
  });
});
