import { readFileSync } from 'node:fs';
import { PersistedQueries } from '../persisted/PersistedQueries';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig } from '../config';
import { identityResolver, type IdentityResolver } from '../identity/identityResolver';
import { createGatewayEngine } from './createGatewayEngine';

/**
 * What a proxy in front of a subgraph may answer to a body over its limit: 413 and an HTML page.
 * The engine's plugin chain is real; the "subgraph" is this one answer, since no subgraph of ours
 * answers HTML (their own 413 is tested end to end in e2e/browsing/entityBatches.e2e.test.ts).
 */
describe('a subgraph answering 413 with a body that is not GraphQL', () => {
  let proxy: Server;
  let gateway: Server;
  let engine: GatewayRuntime;
  let identity: IdentityResolver;
  let url: string;
  const seen: number[] = [];
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      seen.push(1);
      req.resume();
      res.writeHead(413, { 'content-type': 'text/html' });
      res.end('<html><body><h1>413 Request Entity Too Large</h1><hr>nginx at 10.1.2.3</body></html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const config = readGatewayConfig({ AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), CATALOG_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql` });
    identity = identityResolver(config, silentLogger);
    engine = createGatewayEngine(config, silentLogger, readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'), identity, new PersistedQueries(config.persisted));
    gateway = createServer(engine);
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    for (const server of [gateway, proxy]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    await engine?.dispose();
    await identity?.close();
  });

  it('is a coded, non-retryable error chosen by the status, and nothing of the page reaches the client', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ products(first: 1) { totalCount } }' }) });
    const text = await res.text();
    expect(seen.length).toBeGreaterThan(0);
    expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'subgraphRequestBytes' }) })]);
    expect(text).not.toMatch(/html|nginx|10\.1\.2\.3|127\.0\.0\.1|"response"/i);
  });
});
