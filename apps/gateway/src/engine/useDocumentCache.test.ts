import { readFileSync } from 'node:fs';
import { PersistedQueries } from '../persisted/PersistedQueries';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig } from '../config';
import { identityResolver, type IdentityResolver } from '../identity/identityResolver';
import { createGatewayEngine } from './createGatewayEngine';

// a full GC on demand, to compare what the engine keeps rather than what it has not collected yet
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

/** distinct documents of about 300 tokens each, within the operation limits, refused by validation (as hostile ones mostly are) */
const documentOf = (i: number) => `query Q${i} { products(first: 1, filter: { nope: [${Array.from({ length: 280 }, (_, j) => `"${j}"`).join(', ')}] }) { totalCount } }`;

/**
 * The engine's real plugin chain (no subgraph is needed: these documents are answered or refused
 * by the gateway itself) behind a plain node:http server, as the engine serves Node requests only.
 */
describe('the gateway engine keeps parsed documents within a memory budget', () => {
  let engine: GatewayRuntime;
  let identity: IdentityResolver;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const config = readGatewayConfig({ AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), GATEWAY_DOCUMENT_CACHE_MB: '4', GATEWAY_MAX_TOKENS: '3000' });
    identity = identityResolver(config, silentLogger);
    engine = createGatewayEngine(config, silentLogger, readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'), identity, new PersistedQueries(config.persisted));
    server = createServer(engine);
    // fetch reuses idle connections, which Node's server closes after 5 s: on a loaded machine a
    // batch of 10 takes seconds, and a reuse racing that close was an ECONNRESET (seen under load)
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await engine?.dispose();
    await identity?.close();
  });

  const post = (query: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: Record<string, string>; errors?: { extensions?: { code?: string } }[] } }));

  it('answers a document it has cached exactly as the first time, valid or not', async () => {
    for (let round = 0; round < 2; round++) {
      const valid = await post('query Valid { __typename }');
      expect(valid.body).toEqual({ data: { __typename: 'Query' } });
      const invalid = await post(documentOf(1));
      expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const broken = await post('{ a: __typename');
      expect(broken.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  // The default cache held 1,024 documents of any size, about 90 kB each of these with their
  // errors: 300 are enough to tell a cache bounded by bytes from one bounded by count (which keeps
  // all 300, about 28 MB) at a third of the CPU of going past the count.
  it('holds no more than its budget after 300 distinct documents (the default cache kept every one)', async () => {
    const before = heapMb();
    for (let i = 0; i < 300; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => post(documentOf(i + k))));
    const grown = heapMb() - before;
    // a count-bounded cache: about 28 MB; now the 4 MB budget and the test's own noise
    expect(grown).toBeLessThan(14);
  }, 180_000);
});
