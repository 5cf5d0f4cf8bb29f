import { createServer } from 'node:net';
import { createLogger } from '@stx/observability';
import { readGatewayConfig } from '../config';
import { startGateway } from '../server';

/**
 * GraphQL requests run outside the async context (serveGateway): the lines the engine's plugins
 * write about a request must still carry its id, given explicitly, like the access-log line.
 */
describe("the gateway's log lines about a GraphQL request", () => {
  it('carry its request id, the plugins\' lines as well as the access line', async () => {
    // a port nothing listens on: the catalog subgraph's fetch fails and is logged
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('gateway', { write: (line) => lines.push(JSON.parse(line)) });
    const config = readGatewayConfig({ AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), GATEWAY_PORT: '0', CATALOG_URL: `http://127.0.0.1:${closed}/graphql` });
    const gateway = await startGateway(config, logger);
    try {
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' }, body: JSON.stringify({ query: '{ products(first: 1) { totalCount } }' }) });
      expect((await res.json()).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const failure = lines.find((l) => l.message === 'subgraph call failed' || l.message === 'subgraph request failed');
      expect(failure).toMatchObject({ requestId: 'req-42', subgraph: 'catalog' });
      expect(lines.find((l) => l.message === 'request')).toMatchObject({ requestId: 'req-42', status: 200, outcome: 'graphql_error' });
    } finally {
      await gateway.close();
    }
  });
});
