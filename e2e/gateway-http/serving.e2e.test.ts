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

  it('answers /health at once and /ready once every subgraph is ready', async () => {
    const base = new URL(stack.gatewayUrl).origin;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
    expect((await fetch(`${new URL(stack.subgraphUrls.catalog).origin}/ready`)).status).toBe(200);
  });
});
