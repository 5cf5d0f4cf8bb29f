import { request } from 'node:http';
import { startStack, type Stack } from '@stx/testing';

const PUBLIC_QUERY = '{ pointOfSale { id } }';

/**
 * The front's checks come before anything answers: a browser's "simple" cross-origin request
 * (text/plain, form, or a GET without a preflight header) never gets an answer, not even a cached one.
 */
describe('gateway request checks', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_RESPONSE_CACHE_SECONDS: '60' } });
  });
  afterAll(() => stack?.close());

  const post = (contentType: string | undefined, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
      body: JSON.stringify({ query: PUBLIC_QUERY }),
    });

  it('refuses a simple cross-origin POST even when its answer is cached', async () => {
    await post('application/json');
    expect((await post('application/json')).headers.get('x-cache')).toBe('HIT');
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const res = await post(type);
      expect([res.status, res.headers.get('x-cache')]).toEqual([400, null]);
      const body = await res.json();
      expect(body.errors[0].extensions).toEqual({ code: 'CSRF_PREVENTED', retryable: false });
    }
  });

  it('lets a listed origin’s page read the refusals (CSRF, 415, 413), and no other origin', async () => {
    const studio = 'https://studio.apollographql.com'; // listed by default
    const refusals = (origin: string) => [
      fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(PUBLIC_QUERY)}`, { headers: { origin } }),
      post('text/plain', { origin, 'apollo-require-preflight': 'true' }),
      fetch(stack.gatewayUrl, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(100_000) }) }),
    ];
    const listed = await Promise.all(refusals(studio));
    expect(listed.map((res) => res.status)).toEqual([400, 415, 413]);
    expect(listed.map((res) => res.headers.get('access-control-allow-origin'))).toEqual([studio, studio, studio]);
    const unlisted = await Promise.all(refusals('https://evil.example'));
    expect(unlisted.map((res) => res.headers.get('access-control-allow-origin'))).toEqual([null, null, null]);
  });

  it('refuses a POST that is not JSON with 415, even with a preflight header', async () => {
    const res = await post('text/plain', { 'apollo-require-preflight': 'true' });
    expect([res.status, res.headers.get('x-cache')]).toEqual([415, null]);
    expect((await res.json()).errors[0].extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', retryable: false });
  });

  it('answers a GET operation only with a preflight header', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent(PUBLIC_QUERY)}`;
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    for (const header of ['apollo-require-preflight', 'x-apollo-operation-name']) {
      const res = await fetch(url, { headers: { [header]: 'x' } });
      expect(res.status).toBe(200);
      expect((await res.json()).data.pointOfSale.id).toBeDefined();
    }
  });

  it('answers a GET whose variables or extensions are not JSON with a coded 400, with or without a document', async () => {
    const byText = `query=${encodeURIComponent('query P($id: ID!) { product(id: $id) { id } }')}`;
    const byHash = `extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"' + 'a'.repeat(64) + '"}}')}`;
    for (const search of [`${byText}&variables=%7Bbad`, `${byText}&extensions=%7Bbad`, `${byHash}&variables=%7Bbad`]) {
      const res = await fetch(`${stack.gatewayUrl}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions).toEqual({ code: 'BAD_REQUEST', retryable: false });
    }
  });

  /** a GET as a raw client may send it: any target and Host, which fetch would normalise or refuse */
  const rawGet = (target: string, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(stack.gatewayUrl);
      const req = request({ hostname, port, path: target, method: 'GET', headers, setHost: headers.host === undefined }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject).end();
    });

  it('checks the operation the engine runs: a second `?` in the query string does not hide it from CSRF prevention or the JSON check', async () => {
    const forged = await rawGet(`/graphql?a=?&query=${encodeURIComponent('{ me { email } }')}`, { origin: 'https://evil.example', cookie: 'stx_gw_session=whatever' });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const malformed = await rawGet(`/graphql?a=?&query=${encodeURIComponent('{ __typename }')}&variables=%7Bbad`, { 'apollo-require-preflight': 'true' });
    expect([malformed.status, JSON.parse(malformed.body).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('refuses a Host header that is not a host, and a target with a fragment, with a coded 400', async () => {
    const query = encodeURIComponent('{ __typename }');
    for (const [target, host] of [
      [`/graphql?query=${query}`, `h/graphql?query=${query}&x=`],
      [`/graphql?query=${query}`, 'h?x'],
      [`/graphql?query=${query}`, 'user@h'],
      [`/graphql?query=${query}#&variables=%7B%7D`, undefined],
    ] as const) {
      const res = await rawGet(target, { 'apollo-require-preflight': 'true', ...(host ? { host } : {}) });
      expect([res.status, JSON.parse(res.body).errors[0].extensions]).toEqual([400, { code: 'BAD_REQUEST', retryable: false }]);
    }
    // names a proxy or an orchestrator gives: dashes, underscores, IPv6, ports
    for (const host of ['gateway_1:4000', 'graph.example.org', '[::1]:4000', '10.0.0.7']) expect((await rawGet(`/graphql?query=${query}`, { 'apollo-require-preflight': 'true', host })).status).toBe(200);
  });

  it('still serves the explorer page to a browser', async () => {
    const res = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
  });
});
