import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig } from '../config';
import { identityResolver, type IdentityResolver } from '../identity/identityResolver';
import { PersistedQueries } from '../persisted/PersistedQueries';
import { createGatewayEngine } from './createGatewayEngine';

/**
 * The engine's plugin chain, real, over one HTTP "subgraph" that answers slowly and counts what
 * it is sent: identical queries in flight together make one subgraph request, each client still
 * gets a whole answer of its own, and a mutation is never shared.
 */
describe('identical subgraph queries in flight together', () => {
  let subgraph: Server;
  let gateway: Server;
  let engine: GatewayRuntime;
  let identity: IdentityResolver;
  let url: string;
  const bodies: string[] = [];

  beforeAll(async () => {
    subgraph = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        bodies.push(body);
        const data = body.includes('logout') ? { logout: { loggedOut: true, userErrors: [] } } : { products: { totalCount: 48 } };
        // slow enough that the clients' requests are all in flight together
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data })), 200);
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const config = readGatewayConfig({ AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), CATALOG_URL: at, CONTACTS_URL: at });
    identity = identityResolver(config, silentLogger);
    engine = createGatewayEngine(config, silentLogger, readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'), identity, new PersistedQueries(config.persisted));
    gateway = createServer(engine);
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    for (const server of [gateway, subgraph]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    await engine?.dispose();
    await identity?.close();
  });
  beforeEach(() => (bodies.length = 0));

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }).then((res) => res.json());

  it('make one subgraph request, and every client gets the whole answer', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('{ products(first: 1) { totalCount } }')));
    expect(answers).toEqual(Array(6).fill({ data: { products: { totalCount: 48 } } }));
    expect(bodies).toHaveLength(1);
  });

  it('are not shared across languages (the answer may differ)', async () => {
    await Promise.all([post('{ products(first: 1) { totalCount } }', { 'accept-language': 'fr' }), post('{ products(first: 1) { totalCount } }', { 'accept-language': 'de' })]);
    expect(bodies).toHaveLength(2);
  });

  it('never share a mutation', async () => {
    const answers = await Promise.all(Array.from({ length: 3 }, () => post('mutation { logout { loggedOut } }')));
    expect(answers).toEqual(Array(3).fill({ data: { logout: { loggedOut: true } } }));
    expect(bodies).toHaveLength(3);
  });
});
