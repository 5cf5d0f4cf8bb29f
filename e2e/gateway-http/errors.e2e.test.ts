import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';

/** Bad input gets a clear, coded error and costs SecuTix nothing. */
describe('bad input through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    // the catalog's stamp check and the availability sync an hour apart: every call the simulator
    // counts is one a request caused, however long a loaded machine makes this file (with their
    // one-minute defaults a check fell inside a slow run, and "no call" failed under load)
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { CATALOG_SETUP_CHECK_SECONDS: '3600', AVAILABILITY_SYNC_SECONDS: '3600' } });
    await stack.query(`{ products(first: 1) { totalCount } }`);
    await stack.sim.reset();
  });
  afterAll(() => stack?.close());

  const codeOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

  it('answers NOT_FOUND for an unknown product or performance', async () => {
    const product = await stack.query(`{ product(id: "999999999") { id } }`);
    expect(product.data.product).toBeNull();
    expect(codeOf(product)).toBe('NOT_FOUND');
    const performance = await stack.query(`{ performance(id: "999999999") { id } }`);
    expect(performance.data.performance).toBeNull();
    expect(codeOf(performance)).toBe('NOT_FOUND');
  });

  it('answers BAD_USER_INPUT for a malformed id, page size, cursor, date or language', async () => {
    expect(codeOf(await stack.query(`{ product(id: "abc") { id } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(`{ products(first: 1000) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(`{ products(first: -1) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(`{ products(after: "nonsense") { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.query(`{ products(filter: { from: "yesterday" }) { totalCount } }`))).toBe('BAD_USER_INPUT');
    const lang = await stack.query(`{ products(first: 1) { edges { node { bookingUrl(lang: "<script>") } } } }`);
    expect(codeOf(lang)).toBe('BAD_USER_INPUT');
  });

  it('refuses abusive operations before any subgraph sees them', async () => {
    const deep = `{ products { edges { node { performances { product { performances { product { performances { product { performances { product { id } } } } } } } } } } } }`;
    const res = await stack.query(deep);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: pointOfSale { id }`).join(' ')} }`;
    expect(codeOf(await stack.query(aliases))).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers BAD_USER_INPUT for variables nested deeper than a serialiser’s stack, cache or no cache', async () => {
    // written by hand: JSON.stringify itself gives up at this depth, and so did the response cache's key
    const depth = 25_000;
    const body = `{"query":"query($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }","variables":{"f":{"search":${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
    for (const headers of [{}, { cookie: 'theme=dark' }] as Record<string, string>[]) {
      const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect(res.status).toBe(400);
      expect(codeOf((await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses an oversized request body with 413', async () => {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ pointOfSale { id } } #${'x'.repeat(200_000)}` }) });
    expect(res.status).toBe(413);
  });

  it('costs SecuTix no call for any of it', async () => {
    expect(await stack.sim.total()).toBe(0);
  });
});

/** Whatever layer refuses a request, the client gets a registered code, retryable, and a 4xx it can act on. */
describe('request errors of the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ sso: true });
  });
  afterAll(() => stack?.close());

  const send = async (body: string, init: RequestInit = {}, search = '') => {
    const res = await fetch(stack.gatewayUrl + search, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...init });
    return { status: res.status, body: await res.json() };
  };

  it.each([
    ['a subscription', JSON.stringify({ query: 'subscription { pointOfSale { id } }' }), 400, 'OPERATION_NOT_SUPPORTED'],
    ['no query', '{}', 400, 'BAD_REQUEST'],
    ['a body that is not JSON', '{nope', 400, 'BAD_REQUEST'],
    ['a batch', '[{"query":"{ pointOfSale { id } }"}]', 400, 'BAD_REQUEST'],
    ['a variable of the wrong type', JSON.stringify({ query: 'query($id: ID!) { product(id: $id) { id } }', variables: { id: { a: 1 } } }), 400, 'BAD_USER_INPUT'],
    ['a missing variable', JSON.stringify({ query: 'query($id: ID!) { product(id: $id) { id } }' }), 400, 'BAD_USER_INPUT'],
    ['an unknown operation name', JSON.stringify({ query: 'query A { pointOfSale { id } }', operationName: 'B' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
  ])('answers %s with a coded 4xx, retryable false, and nothing internal', async (_case, body, status, code) => {
    const res = await send(body);
    expect(res.status).toBe(status);
    expect(res.body.errors).toHaveLength(1);
    // what graphql-js said of a variable stays for developers, in English, beside the message in the caller's language
    const detail = code === 'BAD_USER_INPUT' ? { detail: expect.stringMatching(/^Variable "\$id"/) } : {};
    expect(res.body.errors[0].extensions).toEqual({ code, retryable: false, ...detail });
  });

  it('answers a sign-on answer that does not verify, and a subgraph reached directly with a bad body, with coded errors too', async () => {
    const acs = await fetch(new URL('/auth/saml/acs', stack.gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'SAMLResponse=bm90IFNBTUw%3D' });
    expect([acs.status, (await acs.json()).errors[0].extensions]).toEqual([401, { code: 'UNAUTHENTICATED', retryable: false }]);
    const subgraph = stack.subgraphUrls.catalog;
    const notJson = await fetch(subgraph, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect([notJson.status, (await notJson.json()).errors[0].extensions]).toEqual([400, { code: 'BAD_REQUEST', retryable: false }]);
    const big = await fetch(subgraph, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(200_000)}` }) });
    expect([big.status, (await big.json()).errors[0].extensions]).toEqual([413, { code: 'QUERY_TOO_COMPLEX', retryable: false }]);
  });

  it('answers a wrong method with 405 and a coded error', async () => {
    const res = await send('{}', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', retryable: false });
  });

  it('tells in the schema what an idempotency key must be, on every argument that takes one', async () => {
    const res = await send(JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name args { name description } } } }' }));
    const keys = res.body.data.__type.fields.flatMap((f: { args: { name: string; description: string }[] }) => f.args.filter((a) => a.name === 'idempotencyKey'));
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const key of keys) expect(key.description).toContain('8 to 100 characters of `A-Z a-z 0-9 . _ : -`');
  });
});
