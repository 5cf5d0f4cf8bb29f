import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startStack, type Stack, HOME_PAGE } from '@stx/testing';

/** raw bytes and headers: fetch would decompress behind our back */
function rawPost(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Answers over 1 KB travel compressed as the client accepts, whether the cache or the engine answers. */
describe('gateway compression', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_RESPONSE_CACHE_SECONDS: '30' } });
  });
  afterAll(() => stack?.close());

  const homePage = JSON.stringify({ query: HOME_PAGE, variables: { first: 20 } });

  it('sends a large public answer with brotli or gzip, the same bytes after decoding, from the cache too', async () => {
    const plain = await rawPost(stack.gatewayUrl, homePage, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const br = await rawPost(stack.gatewayUrl, homePage, { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.headers['content-encoding'], br.headers['x-cache']]).toEqual(['br', 'HIT']);
    expect(brotliDecompressSync(br.bytes).toString()).toBe(plain.bytes.toString());
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    const gzip = await rawPost(stack.gatewayUrl, homePage, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).toString()).toBe(plain.bytes.toString());
    expect(String(gzip.headers.vary)).toMatch(/Accept-Encoding/i);
  });

  it('compresses an answer the engine streams itself, and leaves small ones alone', async () => {
    const uncached = JSON.stringify({ query: 'query Big { products(first: 20) { edges { node { id name description } } } me { email } }' });
    const big = await rawPost(stack.gatewayUrl, uncached, { 'accept-encoding': 'br' });
    expect([big.headers['content-encoding'], big.headers['x-cache']]).toEqual(['br', undefined]);
    expect(JSON.parse(brotliDecompressSync(big.bytes).toString()).data.products.edges.length).toBe(20);
    for (const query of ['{ pointOfSale { id } }', '{ pointOfSale { id } me { email } }']) {
      const small = await rawPost(stack.gatewayUrl, JSON.stringify({ query }), { 'accept-encoding': 'br' });
      expect(small.headers['content-encoding']).toBeUndefined();
    }
  });
});
