import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Served } from '@stx/host';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';

const SUBGRAPHS = ['catalog', 'availability', 'contacts', 'sales', 'shipment', 'tickets', 'distribution'];

/**
 * `/ready` asks every subgraph until all have been ready: probes, and anyone else on the public
 * port, must not multiply the subgraphs' load. Within a second, every caller shares one round of
 * questions.
 */
describe('the gateway’s /ready', () => {
  let gateway: Served;
  const servers: Server[] = [];
  const asked: Record<string, number> = {};
  // a catalog still loading its snapshot when the gateway starts
  let catalogReady = false;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    for (const name of SUBGRAPHS) {
      asked[name] = 0;
      const server = createServer((req, res) => {
        if (req.url === '/ready') asked[name]++;
        res.writeHead(name === 'catalog' && !catalogReady ? 503 : 200).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    }
    gateway = await startGateway(readGatewayConfig({ GATEWAY_PORT: '0', AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32), ...env }), { info: () => {}, warn: () => {}, error: () => {} });
  });
  afterAll(async () => {
    await gateway?.close();
    for (const server of servers) server.close();
  });

  const ready = () => fetch(new URL('/ready', gateway.url)).then((res) => res.status);

  it('asks each subgraph once for a burst of probes, and again once its answer is a second old', async () => {
    const statuses = await Promise.all(Array.from({ length: 50 }, ready));
    for (let i = 0; i < 20; i++) statuses.push(await ready());
    // a starting gateway waits for its subgraphs
    expect(new Set(statuses)).toEqual(new Set([503]));
    for (const name of SUBGRAPHS) expect(asked[name]).toBeLessThanOrEqual(2);
    // a change is seen within a second
    catalogReady = true;
    await new Promise((r) => setTimeout(r, 1100));
    expect(await ready()).toBe(200);
  });

  it('stays ready once every subgraph was: one subgraph down must not take every gateway out of rotation', async () => {
    catalogReady = false;
    await new Promise((r) => setTimeout(r, 1100));
    expect(await ready()).toBe(200);
    catalogReady = true;
  });
});
