import { request } from 'node:http';
import { startStack, type ExtraServer, type Stack, HOME_PAGE } from '@stx/testing';

const VARY = 'Accept, Accept-Encoding, Accept-Language, Authorization, Cookie';

/**
 * Whole answers of public queries are reused for as long as the subgraphs' cache hints allow, and
 * clients and CDNs are told the same; nothing private or failed ever is.
 */
describe('the gateway response cache', () => {
  let stack: Stack;
  /** a second gateway over the same subgraphs that shares nothing for more than a second */
  let oneSecond: ExtraServer;

  beforeAll(async () => {
    stack = await startStack();
    oneSecond = await stack.startGateway({ GATEWAY_RESPONSE_CACHE_SECONDS: '1' });
  });
  afterAll(async () => {
    await oneSecond?.close();
    await stack?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}, url = stack.gatewayUrl) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers a repeated public query from the cache until its lifetime passes', async () => {
    const body = { query: HOME_PAGE, variables: { first: 10 } };
    const first = await post(body, {}, oneSecond.url);
    expect([first.headers.get('x-cache'), first.headers.get('cache-control')]).toEqual(['MISS', 'public, max-age=1, stale-while-revalidate=1']);
    const firstJson = await first.json();
    const second = await post(body, {}, oneSecond.url);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.json()).toEqual(firstJson);
    expect((await post({ query: HOME_PAGE, variables: { first: 11 } }, {}, oneSecond.url)).headers.get('x-cache')).toBe('MISS');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(body, {}, oneSecond.url)).headers.get('x-cache')).toBe('MISS');
  });

  it('gives a shared answer the media type each client accepts, as the engine does (GraphQL over HTTP)', async () => {
    const body = { query: HOME_PAGE, variables: { first: 7 } };
    const typed = async (accept: string) => {
      const res = await post(body, { accept });
      return [res.headers.get('x-cache'), res.headers.get('content-type')];
    };
    expect(await typed('application/graphql-response+json')).toEqual(['MISS', 'application/graphql-response+json; charset=utf-8']);
    expect(await typed('application/graphql-response+json')).toEqual(['HIT', 'application/graphql-response+json; charset=utf-8']);
    expect(await typed('application/json')).toEqual(['HIT', 'application/json; charset=utf-8']);
    expect(await typed('application/json, application/graphql-response+json')).toEqual(['HIT', 'application/json; charset=utf-8']);
  });

  it('never keeps or shares a streamed answer: a client asking for an event stream or multipart cannot poison the JSON answer', async () => {
    const body = { query: HOME_PAGE, variables: { first: 6 } };
    for (const accept of ['text/event-stream', 'multipart/mixed']) {
      const streamed = await post(body, { accept });
      expect(streamed.headers.get('x-cache')).toBeNull();
      expect(streamed.headers.get('cache-control')).not.toMatch(/public/);
      expect(streamed.headers.get('content-type')).not.toMatch(/json/);
      await streamed.text();
    }
    // Apollo Client's header for @defer: the engine may answer either way, so it is not shared
    const deferCapable = await post(body, { accept: 'multipart/mixed;deferSpec=20220824, application/json' });
    expect(deferCapable.headers.get('x-cache')).toBeNull();
    await deferCapable.text();
    // concurrently too: joining another request's execution is sharing as well
    const [plain, streamed] = await Promise.all([post(body), post(body, { accept: 'text/event-stream' })]);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await plain.json()).data.products.edges).toHaveLength(6);
    expect(await streamed.text()).toMatch(/^:?\s*(event: next|data:)/m);
    const again = await post(body);
    expect([again.headers.get('x-cache'), again.headers.get('content-type')]).toEqual(['HIT', 'application/json; charset=utf-8']);
    expect((await again.json()).data.products.edges).toHaveLength(6);
  });

  it('never hands a plain client the stream another request got: an Accept the engine reads otherwise (a charset it ignores) runs apart', async () => {
    // the engine skips a JSON type with a charset other than utf-8, and streams: the cache took it for JSON
    const tricky = 'application/json;charset=latin1, text/event-stream';
    for (let first = 20; first < 25; first++) {
      const body = { query: HOME_PAGE, variables: { first } };
      const [streamed, plain] = await Promise.all([post(body, { accept: tricky }), post(body)]);
      await streamed.text();
      expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect((await plain.json()).data.products.edges.length).toBeGreaterThan(0);
    }
  });

  it('tells clients and CDNs to reuse a catalog answer long, one that shows availability briefly, as the cache hints say', async () => {
    const catalog = await post({ query: '{ topics { id name } seasons { id } }' });
    expect(catalog.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=300');
    const home = await post({ query: HOME_PAGE, variables: { first: 5 } });
    expect(home.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=10');
    const again = await post({ query: HOME_PAGE, variables: { first: 5 } });
    expect([again.headers.get('x-cache'), again.headers.get('cache-control')]).toEqual(['HIT', 'public, max-age=10, stale-while-revalidate=10']);
  });

  it('makes an answer private and never stored when it selects anything about a contact', async () => {
    for (const query of ['{ topics { id } visitor { displayName } }', '{ topics { id } ...Me } fragment Me on Query { me { email } }']) {
      for (let i = 0; i < 2; i++) {
        const res = await post({ query });
        expect([res.headers.get('cache-control'), res.headers.get('etag'), res.headers.get('x-cache')]).toEqual(['private, no-store', null, null]);
      }
    }
  });

  it('shares a GET of a public query like the same POST', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent('{ pointOfSale { currencyCode } }')}`;
    const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const first = await get();
    expect([first.status, first.headers.get('x-cache'), first.headers.get('cache-control')]).toEqual([200, 'MISS', 'public, max-age=300, stale-while-revalidate=300']);
    const second = await get();
    expect([second.headers.get('x-cache'), await second.json()]).toEqual(['HIT', await first.json()]);
  });

  it('never serves a request with credentials from the cache', async () => {
    const body = { query: '{ pointOfSale { id } }' };
    await post(body);
    const withAuth = await post(body, { authorization: 'Bearer something' });
    expect(withAuth.headers.get('x-cache')).toBeNull();
  });

  it('never keeps an answer with errors', async () => {
    const body = { query: '{ product(id: "999999999") { id } }' };
    expect((await post(body)).headers.get('x-cache')).toBe('MISS');
    expect((await post(body)).headers.get('x-cache')).toBe('MISS');
  });

  it('gives a public answer an ETag that answers 304, and tells how old a cached one is', async () => {
    const body = { query: '{ topics { id } }' };
    const first = await post(body);
    expect(first.headers.get('vary')).toBe(VARY);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await post(body, { 'if-none-match': etag! });
    expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, '']);
    expect((await post(body, { 'if-none-match': '"other"' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const later = await post(body);
    expect(Number(later.headers.get('age'))).toBeGreaterThanOrEqual(1);
  });

  it('marks anything about a caller, and any error, private and not to be stored', async () => {
    const me = await post({ query: '{ me { email } }' });
    expect([me.headers.get('cache-control'), me.headers.get('etag'), me.headers.get('vary')]).toEqual(['private, no-store', null, VARY]);
    const failed = await post({ query: '{ product(id: "999999999") { id } }' });
    expect(failed.headers.get('cache-control')).toBe('private, no-store');
    const withAuth = await post({ query: '{ topics { id } }' }, { authorization: 'Bearer something' });
    expect(withAuth.headers.get('cache-control')).toBe('private, no-store');
  });
  it('keys a GET by the operation the engine runs: neither a second `?` nor a Host header can store another answer under a public query', async () => {
    const query = encodeURIComponent('query Poison($first: Int = 3) { products(first: $first) { edges { node { id } } } }');
    const poison = encodeURIComponent('{"first":0}');
    const get = (target: string, host?: string) =>
      new Promise<string>((resolve, reject) => {
        const { hostname, port } = new URL(stack.gatewayUrl);
        const req = request({ hostname, port, path: target, headers: { 'apollo-require-preflight': 'true', ...(host ? { host } : {}) }, setHost: host === undefined }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
        });
        req.on('error', reject).end();
      });
    await get(`/graphql?query=${query}&x=?&variables=${poison}`);
    await get(`/graphql?query=${query}`, `h/graphql?query=${query}&variables=${poison}&x=`);
    expect(JSON.parse(await get(`/graphql?query=${query}`)).data.products.edges).toHaveLength(3);
  });
});
