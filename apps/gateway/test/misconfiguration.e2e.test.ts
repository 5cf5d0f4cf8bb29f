import { createServer } from 'node:net';
import type { Served } from '@stx/host';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';

const SUBGRAPHS = ['catalog', 'availability', 'contacts', 'sales', 'shipment', 'tickets', 'distribution'];

/** a loopback port nothing listens on */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An operator who moved the subgraphs' ports sees where the gateway looks and what it found there. */
describe('a gateway whose subgraphs are not where it looks', () => {
  let gateway: Served;
  const ports: Record<string, number> = {};
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger = {
    info: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'info', message, fields }),
    warn: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'warn', message, fields }),
    error: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'error', message, fields }),
  };

  beforeAll(async () => {
    for (const name of SUBGRAPHS) ports[name] = await closedPort();
    const env = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])]));
    gateway = await startGateway(readGatewayConfig({ GATEWAY_PORT: '0', AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), ...env }), logger);
  });
  afterAll(() => gateway?.close());

  it('calls the subgraphs at the ports they were given: /ready names each one missing, and the log says where it looked', async () => {
    const res = await fetch(new URL('/ready', gateway.url));
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe('starting');
    expect(body.notReady.map((n: { subgraph: string }) => n.subgraph).sort()).toEqual([...SUBGRAPHS].sort());
    for (const n of body.notReady) expect(n).toEqual({ subgraph: n.subgraph, reason: 'no answer (fetch failed: ECONNREFUSED)' });
    // the public port tells nobody the internal addresses; the operator's log does, once per change
    await fetch(new URL('/ready', gateway.url)).then((r) => r.text());
    const logged = lines.filter((l) => l.message === 'subgraphs not ready');
    expect(logged).toHaveLength(1);
    const missing = logged[0].fields?.notReady as { subgraph: string; url: string }[];
    for (const n of missing) expect(n.url).toBe(`http://127.0.0.1:${ports[n.subgraph]}/graphql`);
  });

  it('logs a failing subgraph call with its subgraph and URL, and tells the client none of it', async () => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ pointOfSale { id } }' }) });
    const text = await res.text();
    expect(text).not.toContain(String(ports.catalog));
    const failure = lines.find((l) => l.message === 'subgraph call failed');
    expect(failure?.level).toBe('error');
    expect(failure?.fields).toMatchObject({ subgraph: 'catalog', url: `http://127.0.0.1:${ports.catalog}/graphql` });
    expect(String(failure?.fields?.reason)).toContain('ECONNREFUSED');
  });
});
