import { startStack, type Stack } from '@stx/testing';

/** What an operator and a browser see besides GraphQL answers. */
describe('gateway serving', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('serves an explorer page that loads nothing from the internet', async () => {
    const res = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>SecuTix GraphQL</title>');
    expect(html).toMatch(/graphiql/i);
    const external = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual([]);
  });

  it('sends the explorer page compressed once, in the encoding the browser takes, and a 304 to a browser that has it', async () => {
    const view = (headers: Record<string, string>) => fetch(stack.gatewayUrl, { headers: { accept: 'text/html', ...headers } });
    const first = await view({ 'accept-encoding': 'br, gzip' });
    const html = await first.text();
    const etag = first.headers.get('etag');
    expect([first.headers.get('content-encoding'), etag]).toEqual(['br', expect.stringMatching(/^"/)]);
    const gzipped = await view({ 'accept-encoding': 'gzip, br;q=0' });
    expect([gzipped.headers.get('content-encoding'), gzipped.headers.get('etag'), await gzipped.text()]).toEqual(['gzip', etag, html]);
    const plain = await view({ 'accept-encoding': 'identity' });
    expect([plain.headers.get('content-encoding'), await plain.text()]).toEqual([null, html]);
    expect((await view({ 'if-none-match': etag! })).status).toBe(304);
    // compressed once: ten more views cost the servers less CPU than half of ten compressions of
    // the page would (about 160 ms each); the stack host's other stacks share that CPU figure
    const cpu = await stack.serversCpuMs();
    for (let i = 0; i < 10; i++) await (await view({ 'accept-encoding': 'br' })).arrayBuffer();
    expect((await stack.serversCpuMs()) - cpu).toBeLessThan(800);
  });

  it('answers /health at once and /ready once every subgraph is ready', async () => {
    const base = new URL(stack.gatewayUrl).origin;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
    expect((await fetch(`${new URL(stack.subgraphUrls.catalog).origin}/ready`)).status).toBe(200);
  });
});
