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
});
