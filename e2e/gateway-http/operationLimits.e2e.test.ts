import { getIntrospectionQuery } from 'graphql';
import { fragmentDiamond, startStack, type ExtraServer, type GraphQLResponse, type Stack, HOME_PAGE, PRODUCT_PAGE } from '@stx/testing';

/**
 * Operation limits cost time linear in the document, whatever it spreads: a 1 KB fragment diamond
 * used to keep the event loop busy for seconds. The same limits guard every subgraph reached directly.
 */
describe('operation limits through the gateway', () => {
  let stack: Stack;
  let health: string;
  beforeAll(async () => {
    stack = await startStack();
    health = `${new URL(stack.gatewayUrl).origin}/health`;
    // the first requests pay for start-up work (query planner, compiling the validation of
    // fragments and the error path) that is not the limits' cost
    await stack.query(`{ products(first: 1) { totalCount } }`);
    await stack.query(fragmentDiamond(3));
    await stack.query(fragmentDiamond(3), undefined, stack.subgraphUrls.catalog);
    await stack.query(fragmentDiamond(10));
  });
  afterAll(() => stack?.close());

  const limitOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions;

  // The CPU time of the process running the servers (the worker's stack host, which serves this
  // file alone) during a request bounds what the gateway spent on it, whatever else the machine
  // runs; wall-clock time on a shared machine
  // stretches with its load, so it gets a bound that only a stall crosses. Each figure is the
  // median of five tries. The walk that expanded every spread spent 15 s on 24 levels; 40 never ended.
  it.each([24, 40])('refuses a %i-level fragment diamond in under 50 ms while /health keeps answering', async (levels) => {
    const diamond = fragmentDiamond(levels);
    const tries = await repeat(5, () => whileWatching(health, stack, () => stack.query(diamond)));
    for (const { result } of tries) {
      expect(result.status).toBe(400);
      expect(limitOf(result)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'fields', max: 300 });
    }
    expect(median(tries.map((t) => t.cpuMs))).toBeLessThan(50);
    expect(Math.max(...tries.map((t) => t.ms))).toBeLessThan(1000);
    expect(Math.min(...tries.map((t) => t.healthChecks))).toBeGreaterThan(0);
    expect(Math.max(...tries.map((t) => t.healthMaxMs))).toBeLessThan(1000);
  });

  it('refuses the diamond in under 50 ms from a subgraph reached directly', async () => {
    const tries = await repeat(5, () => whileWatching(health, stack, () => stack.query(fragmentDiamond(40), undefined, stack.subgraphUrls.catalog)));
    for (const { result } of tries) {
      expect(result.status).toBe(400);
      expect(limitOf(result)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'fields', max: 2000 });
    }
    expect(median(tries.map((t) => t.cpuMs))).toBeLessThan(50);
    expect(Math.max(...tries.map((t) => t.ms))).toBeLessThan(1000);
  });

  it('refuses an _entities fetch over the cost limit from a subgraph reached directly, counting its representations', async () => {
    const representations = Array.from({ length: 1000 }, (_, i) => ({ __typename: 'Product', id: String(100_000 + i) }));
    const query = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { performances { prices { amount { amount } } } } } }`;
    const res = await stack.query(query, { representations }, stack.subgraphUrls.catalog);
    expect(res.status).toBe(400);
    expect(limitOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'cost', max: 50_000 });
  });

  // graphql-js reports every wrong key of a variable, each message quoting the whole value: 3,000
  // unknown keys (29 KB) made an 87 MB answer and stalled the process for 11 s
  it.each([
    ['the gateway', () => stack.gatewayUrl],
    ['a subgraph reached directly', () => stack.subgraphUrls.catalog],
  ])('refuses a variable with thousands of mistakes at %s with a few errors, in well under a second of CPU', async (_where, url) => {
    const filter = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`unknownKey${i}`, i]));
    const query = `query Filtered($filter: ProductFilter) { products(filter: $filter) { totalCount } }`;
    const tries = await repeat(3, () => whileWatching(health, stack, () => stack.query(query, { filter }, url())));
    for (const { result } of tries) {
      expect(result.status).toBe(400);
      expect(result.errors!.length).toBeLessThanOrEqual(6);
      expect(result.errors!.every((error) => error.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      expect(JSON.stringify(result).length).toBeLessThan(400_000);
    }
    // the process's CPU, which other tests' stacks share: a bound on the 11 s it was, not a benchmark
    expect(median(tries.map((t) => t.cpuMs))).toBeLessThan(500);
  });

  it('answers the README home page with first: 50 and the product page', async () => {
    const home = await stack.query(HOME_PAGE, { first: 50 });
    expect(home.errors).toBeUndefined();
    expect(home.data.products.edges.length).toBeGreaterThan(0);
    const id = home.data.products.edges[0].node.id;
    const product = await stack.query(PRODUCT_PAGE, { id });
    expect(product.errors).toBeUndefined();
  });

  it('refuses products × performances × prices by cost, with the page size given literally or as a variable', async () => {
    const nested = (first: string) => `query Nested($first: Int) { products(first: ${first}) { edges { node { performances { prices { amount { amount } } } } } } }`;
    const literal = await stack.query(nested('100'));
    expect(literal.status).toBe(400);
    expect(limitOf(literal)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'cost', max: 10_000 });
    const variable = await stack.query(nested('$first'), { first: 100 });
    expect(limitOf(variable)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'cost' });
    const small = await stack.query(nested('$first'), { first: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses a document over the token limit before parsing it', async () => {
    const res = await stack.query(`{ ${'__typename '.repeat(5000)} }`);
    expect(res.status).toBe(400);
    expect(limitOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'tokens', max: 3000 });
  });

  it.each([
    ['graphql-js', {}],
    ['GraphiQL', { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }],
    ['Apollo Sandbox', { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: false, inputValueDeprecation: true }],
  ])("answers %s's introspection query", async (_tool, options) => {
    const res = await stack.query(getIntrospectionQuery(options));
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.types.map((t: { name: string }) => t.name)).toContain('Product');
  });

  it('refuses an abusive introspection query with its own limit', async () => {
    const abusive = `{ __schema { types { fields { type { fields { args { type { name } } } } } } } }`;
    const res = await stack.query(abusive);
    expect(res.status).toBe(400);
    expect(limitOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'introspectionListDepth' });
  });

  describe('INTROSPECTION=off', () => {
    let gateway: ExtraServer;
    beforeAll(async () => {
      // a second gateway over the same subgraphs: introspection is answered from the supergraph, no subgraph is called
      gateway = await stack.startGateway({ INTROSPECTION: 'off' });
    });
    afterAll(() => gateway?.close());

    const post = (query: string) => stack.query(query, undefined, gateway.url);

    it('refuses __schema and __type with a coded error, and still answers __typename', async () => {
      const schema = await post(getIntrospectionQuery());
      expect(schema.status).toBe(400);
      expect(schema.errors?.[0].extensions).toMatchObject({ code: 'INTROSPECTION_DISABLED', retryable: false });
      expect((await post(`{ __type(name: "Product") { name } }`)).errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
      expect(await post(`{ __typename }`)).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    });
  });
});

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** Runs `work` while fetching `healthUrl` every 2 ms; times both, and the servers' CPU time for `work`. */
async function whileWatching<T>(healthUrl: string, stack: Pick<Stack, 'serversCpuMs'>, work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number; healthMaxMs: number; healthChecks: number }> {
  let done = false;
  let healthMaxMs = 0;
  let healthChecks = 0;
  const watcher = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(healthUrl);
      await res.arrayBuffer();
      healthMaxMs = Math.max(healthMaxMs, performance.now() - started);
      healthChecks++;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  // let the watcher's first request reach the server before the work starts
  await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  const cpu = await stack.serversCpuMs();
  const result = await work();
  const cpuMs = (await stack.serversCpuMs()) - cpu;
  const ms = performance.now() - started;
  done = true;
  await watcher;
  return { result, ms, cpuMs, healthMaxMs, healthChecks };
}
