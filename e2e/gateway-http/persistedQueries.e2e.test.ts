import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type ExtraServer, type Stack, HOME_PAGE } from '@stx/testing';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
/** a distinct text per use: APQ registrations are the gateway's state */
let serial = 0;
const catalogQuery = () => `query Topics${++serial} { topics { id name } }`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

/** a GET by hash alone, as a CDN would cache it, with none of the CSRF headers */
async function getByHash(url: string, hash: string, variables?: unknown) {
  const search = new URLSearchParams({ extensions: JSON.stringify(persisted(hash)), ...(variables ? { variables: JSON.stringify(variables) } : {}) });
  const res = await fetch(`${url}?${search}`);
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}

/** Persisted queries over real HTTP: Apollo's automatic ones, GETs by hash, and the trusted-documents mode. */
describe('persisted queries', () => {
  let stack: Stack;
  let manifestPath: string;
  const manifest = { [sha256(HOME_PAGE)]: HOME_PAGE };

  beforeAll(async () => {
    stack = await startStack();
    manifestPath = join(mkdtempSync(join(tmpdir(), 'stx-manifest-')), 'persisted-documents.json');
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }, 60_000);
  afterAll(() => stack?.close());

  describe('automatic persisted queries (APQ)', () => {
    it('asks for an unknown hash’s document once, then answers by the hash alone, sharing the text’s cached answer', async () => {
      const query = catalogQuery();
      const hash = sha256(query);
      const unknown = await post(stack.gatewayUrl, { extensions: persisted(hash) });
      expect(unknown.status).toBe(404);
      expect(unknown.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', retryable: false } });
      // the message is the protocol's token in every language; the explanation is the caller's
      const inFrench = await post(stack.gatewayUrl, { extensions: persisted(hash) }, { 'accept-language': 'fr' });
      expect(inFrench.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { detail: expect.stringContaining('requête persistée') } });
      const registered = await post(stack.gatewayUrl, { query, extensions: persisted(hash) });
      expect(registered.status).toBe(200);
      const byHash = await post(stack.gatewayUrl, { extensions: persisted(hash) });
      expect([byHash.status, byHash.body]).toEqual([200, registered.body]);
      expect(byHash.headers.get('x-cache')).toBe('MISS');
      const byText = await post(stack.gatewayUrl, { query });
      expect([byText.headers.get('x-cache'), byText.body]).toEqual(['HIT', registered.body]);
    });

    it('refuses a document that is not its hash’s, and stores nothing', async () => {
      const query = catalogQuery();
      const other = catalogQuery();
      const mismatch = await post(stack.gatewayUrl, { query, extensions: persisted(sha256(other)) });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_MISMATCH', retryable: false });
      expect((await post(stack.gatewayUrl, { extensions: persisted(sha256(other)) })).status).toBe(404);
    });

    it('answers a GET by hash without the CSRF header, as a public answer a CDN may keep; a GET with a document still needs the header', async () => {
      const query = catalogQuery();
      await post(stack.gatewayUrl, { query, extensions: persisted(sha256(query)) });
      const first = await getByHash(stack.gatewayUrl, sha256(query));
      expect([first.status, first.headers.get('cache-control'), first.headers.get('x-cache')]).toEqual([200, 'public, max-age=300, stale-while-revalidate=300', 'MISS']);
      expect(first.body.data.topics.length).toBeGreaterThan(0);
      expect((await getByHash(stack.gatewayUrl, sha256(query))).headers.get('x-cache')).toBe('HIT');
      const withDocument = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`);
      expect(withDocument.status).toBe(400);
      expect(((await withDocument.json()) as any).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    });

    it('answers a GET by hash of a private query privately, and never runs a mutation from a GET', async () => {
      const me = `query Me${++serial} { me { email } }`;
      await post(stack.gatewayUrl, { query: me, extensions: persisted(sha256(me)) });
      const privately = await getByHash(stack.gatewayUrl, sha256(me));
      expect([privately.headers.get('cache-control'), privately.headers.get('x-cache')]).toEqual(['private, no-store', null]);
      expect(privately.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const mutation = `mutation Logout${++serial} { logout { loggedOut } }`;
      expect((await post(stack.gatewayUrl, { query: mutation, extensions: persisted(sha256(mutation)) })).status).toBe(200);
      const fromGet = await getByHash(stack.gatewayUrl, sha256(mutation));
      expect(fromGet.status).toBe(405);
      expect(fromGet.body.data).toBeUndefined();
      expect(fromGet.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    });

    it('keeps a bounded number of registrations, the least recently used going first', async () => {
      let small: ExtraServer | undefined;
      try {
        small = await stack.startGateway({ APQ_MAX_ENTRIES: '2' });
        const queries = [catalogQuery(), catalogQuery(), catalogQuery()];
        for (const query of queries) expect((await post(small.url, { query, extensions: persisted(sha256(query)) })).status).toBe(200);
        expect((await post(small.url, { extensions: persisted(sha256(queries[0])) })).status).toBe(404);
        expect((await post(small.url, { extensions: persisted(sha256(queries[2])) })).status).toBe(200);
      } finally {
        await small?.close();
      }
    });

    it('knows the manifest’s documents from the start, by hash', async () => {
      let withManifest: ExtraServer | undefined;
      try {
        withManifest = await stack.startGateway({ PERSISTED_DOCUMENTS: manifestPath });
        const res = await post(withManifest.url, { extensions: persisted(sha256(HOME_PAGE)), variables: { first: 2 } });
        expect(res.status).toBe(200);
        expect(res.body.data.products.edges).toHaveLength(2);
        // anything else still runs
        expect((await post(withManifest.url, { query: '{ topics { id } }' })).status).toBe(200);
      } finally {
        await withManifest?.close();
      }
    });
  });

  describe('trusted documents only (PERSISTED_DOCUMENTS_ONLY=true)', () => {
    let trusted: ExtraServer;
    beforeAll(async () => {
      trusted = await stack.startGateway({ PERSISTED_DOCUMENTS: manifestPath, PERSISTED_DOCUMENTS_ONLY: 'true' });
    });
    afterAll(() => trusted?.close());

    it('runs the manifest’s operations by hash, from a POST or a GET without the CSRF header', async () => {
      const byPost = await post(trusted.url, { extensions: persisted(sha256(HOME_PAGE)), variables: { first: 3 } });
      expect(byPost.status).toBe(200);
      expect(byPost.body.data.products.edges).toHaveLength(3);
      const byGet = await getByHash(trusted.url, sha256(HOME_PAGE), { first: 3 });
      expect([byGet.status, byGet.headers.get('cache-control')]).toEqual([200, 'public, max-age=10, stale-while-revalidate=10']);
      expect(byGet.body).toEqual(byPost.body);
      // the hash as graphql-codegen's client preset writes it in the generated documents
      const prefixed = await post(trusted.url, { extensions: persisted(`sha256:${sha256(HOME_PAGE)}`), variables: { first: 3 } });
      expect(prefixed.body).toEqual(byPost.body);
    });

    it('refuses any document text, even the manifest’s own or with its hash, with a coded 400', async () => {
      for (const body of [{ query: '{ topics { id } }' }, { query: HOME_PAGE, variables: { first: 3 } }, { query: HOME_PAGE, extensions: persisted(sha256(HOME_PAGE)) }, {}]) {
        const res = await post(trusted.url, body);
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', retryable: false });
        expect(res.body.data).toBeUndefined();
      }
    });

    it('refuses a hash not in the manifest, and registers nothing', async () => {
      const query = catalogQuery();
      expect((await post(trusted.url, { query, extensions: persisted(sha256(query)) })).status).toBe(400);
      for (const res of [await post(trusted.url, { extensions: persisted(sha256(query)) }), await getByHash(trusted.url, sha256(query))]) {
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', retryable: false });
      }
    });
  });
});
