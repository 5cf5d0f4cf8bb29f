import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { freePort, startStack, type Stack, launchChromium } from '@stx/testing';

const PRODUCTS = '{ products(first: 2) { totalCount } }';

/**
 * Browser apps on other origins: a listed origin (exact or by pattern) gets its preflight answered
 * with the methods, headers, credentials and max-age it needs, including on response-cache hits;
 * any other origin gets no CORS header, so its browser keeps the answer from it, and CSRF
 * prevention still refuses its simple requests.
 */
describe('CORS for browser apps on other origins', () => {
  let stack: Stack;
  let browser: Browser;
  let listed: { origin: string; server: Server };
  let unlisted: { origin: string; server: Server };
  let gateway: string;

  /** a page on its own origin, from which the browser calls the gateway */
  async function site(host: string): Promise<{ origin: string; server: Server }> {
    const port = await freePort();
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return { origin: `http://${host}:${port}`, server };
  }

  beforeAll(async () => {
    listed = await site('localhost');
    unlisted = await site('127.0.0.1');
    stack = await startStack({ sso: true, env: { CORS_ORIGINS: `${listed.origin}, https://*.example.org, https://studio.apollographql.com`, GATEWAY_RESPONSE_CACHE_SECONDS: '30' } });
    gateway = `http://localhost:${new URL(stack.gatewayUrl).port}/graphql`;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    listed?.server.close();
    unlisted?.server.close();
  });

  const preflight = (origin: string, headers = 'content-type, authorization, apollographql-client-name, apollographql-client-version, apollo-require-preflight') =>
    fetch(gateway, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });

  it('answers a listed origin’s preflight with 204, its methods and headers, credentials and a max-age', async () => {
    for (const origin of [listed.origin, 'https://shop.example.org', 'https://studio.apollographql.com']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      const allowed = res.headers.get('access-control-allow-headers')!.split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'apollographql-client-name', 'apollographql-client-version']));
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('allows the request headers a page’s instrumentation adds, and varies the preflight on them', async () => {
    const asked = 'content-type, traceparent, tracestate, baggage, sentry-trace, x-request-id';
    const res = await preflight(listed.origin, asked);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')!.split(/,\s*/)).toEqual(expect.arrayContaining(asked.split(', ')));
    expect(res.headers.get('vary')!.toLowerCase().split(/,\s*/)).toEqual(expect.arrayContaining(['origin', 'access-control-request-headers']));
    // nothing is allowed to another origin, whatever it asks
    expect((await preflight(unlisted.origin, asked)).headers.get('access-control-allow-headers')).toBeNull();
  });

  it('gives any other origin no CORS header, and keeps refusing its simple requests (CSRF)', async () => {
    for (const origin of [unlisted.origin, 'https://example.org', 'https://evil.example']) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const simple = await fetch(`${gateway}?query=${encodeURIComponent(PRODUCTS)}`, { headers: { origin: unlisted.origin } });
    expect(simple.status).toBe(400);
    expect((await simple.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends the CORS headers on response-cache hits too', async () => {
    const ask = () => fetch(gateway, { method: 'POST', headers: { origin: listed.origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: PRODUCTS }) });
    await ask();
    const hit = await ask();
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('access-control-allow-origin')).toBe(listed.origin);
    expect(hit.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('varies every answer on Origin and on what the answer depends on, cached or not', async () => {
    const ask = (query: string) => fetch(gateway, { method: 'POST', headers: { origin: listed.origin, 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await ask(PRODUCTS);
    for (const res of [await ask(PRODUCTS), await ask('{ me { email } }'), await ask('{ topics { id } visitor { displayName } }')]) {
      const vary = res.headers.get('vary')!.split(/,\s*/).map((h) => h.toLowerCase());
      expect(vary).toEqual(expect.arrayContaining(['origin', 'accept-language', 'authorization', 'cookie']));
    }
  });

  it('lets a page on a listed origin call the API with credentials in Chromium, and not one on another origin', async () => {
    const context = await browser.newContext();
    const call = async (origin: string) => {
      const page = await context.newPage();
      await page.goto(origin);
      const outcome = await page.evaluate(
        async ([url, query]) => {
          try {
            const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'apollographql-client-name': 'test' }, body: JSON.stringify({ query }) });
            return { status: res.status, body: await res.json() };
          } catch (err) {
            return { error: String(err) };
          }
        },
        [gateway, PRODUCTS],
      );
      await page.close();
      return outcome;
    };
    const fromListed = await call(listed.origin);
    expect(fromListed).toMatchObject({ status: 200, body: { data: { products: { totalCount: expect.any(Number) } } } });
    const fromOther = await call(unlisted.origin);
    expect(fromOther).toEqual({ error: expect.stringContaining('Failed to fetch') });
    await context.close();
  });

  it('lets a page with tracing instrumentation call the API in Chromium and read the request id it is answered with', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(listed.origin);
    const outcome = await page.evaluate(
      async ([url, query]) => {
        try {
          const res = await fetch(url, {
            method: 'POST',
            credentials: 'include',
            headers: {
              'content-type': 'application/json',
              traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
              tracestate: 'vendor=value',
              baggage: 'userId=alice',
              'sentry-trace': '4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1',
              'x-request-id': 'shop-request-42',
            },
            body: JSON.stringify({ query }),
          });
          return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() };
        } catch (err) {
          return { error: String(err) };
        }
      },
      [gateway, PRODUCTS],
    );
    await context.close();
    expect(outcome).toMatchObject({ status: 200, requestId: 'shop-request-42', body: { data: { products: { totalCount: expect.any(Number) } } } });
  });

  it('returns from SecuTix’s sign-on to a listed origin only', async () => {
    const to = (returnTo: string) => fetch(`http://localhost:${new URL(stack.gatewayUrl).port}/auth/saml/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
    // the RelayState is `<the browser's sign-on nonce>.<where to return>`
    const relay = async (returnTo: string) => new URL((await to(returnTo)).headers.get('location')!).searchParams.get('RelayState')!.replace(/^[\w-]+\./, '');
    expect(await relay(`${listed.origin}/cart`)).toBe(`${listed.origin}/cart`);
    expect(await relay(`${unlisted.origin}/cart`)).toBe('/');
  });
});
