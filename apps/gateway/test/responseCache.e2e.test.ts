import { startStack, type Stack } from '@stx/testing';
import { HOME_PAGE } from './queries';

/** Whole answers of public queries are reused for a moment; nothing private or failed ever is. */
describe('the gateway response cache', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_RESPONSE_CACHE_SECONDS: '1' } });
  });
  afterAll(() => stack?.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers a repeated public query from the cache until the TTL passes', async () => {
    const body = { query: HOME_PAGE, variables: { first: 10 } };
    const first = await post(body);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const firstJson = await first.json();
    const second = await post(body);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.json()).toEqual(firstJson);
    expect((await post({ query: HOME_PAGE, variables: { first: 11 } })).headers.get('x-cache')).toBe('MISS');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(body)).headers.get('x-cache')).toBe('MISS');
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

  it('tells clients and CDNs to reuse a public answer as long as the gateway does, with an ETag that answers 304', async () => {
    const body = { query: '{ topics { id } }' };
    const first = await post(body);
    expect(first.headers.get('cache-control')).toBe('public, max-age=1, stale-while-revalidate=1');
    expect(first.headers.get('vary')).toBe('Accept, Accept-Encoding, Accept-Language, Authorization, Cookie');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await post(body, { 'if-none-match': etag! });
    expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, '']);
    expect((await post(body, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('marks anything about a caller, and any error, private and not to be stored', async () => {
    const me = await post({ query: '{ me { email } }' });
    expect([me.headers.get('cache-control'), me.headers.get('etag')]).toEqual(['private, no-store', null]);
    const failed = await post({ query: '{ product(id: "999999999") { id } }' });
    expect(failed.headers.get('cache-control')).toBe('private, no-store');
    const withAuth = await post({ query: '{ topics { id } }' }, { authorization: 'Bearer something' });
    expect(withAuth.headers.get('cache-control')).toBe('private, no-store');
  });
});
