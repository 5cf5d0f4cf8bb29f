import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '@stx/testing';
import { silentLogger } from '@stx/observability';
import { ticketDownloadRoutes } from './ticketDownloadRoutes';

/** The gateway's download routes on a real HTTP server, in front of a stand-in tickets subgraph. */
describe('ticket downloads on the gateway', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function gatewayFor(ticketsGraphqlUrl: string): Promise<string> {
    const routes = ticketDownloadRoutes(ticketsGraphqlUrl, silentLogger);
    return listen((req, res) => void routes[new URL(req.url!, 'http://x').pathname](req, res));
  }

  it('passes the signed query through and the file back, with only the headers a download needs', async () => {
    const tickets = await listen((req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="t.pdf"', 'x-internal': 'secret' });
      res.end(`%PDF- for ${req.url}`);
    });
    const gateway = await gatewayFor(`${tickets}/graphql`);
    const res = await fetch(`${gateway}/files/ticket.pdf?t=1&c=2&exp=3&sig=abc`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('%PDF- for /files/ticket.pdf?t=1&c=2&exp=3&sig=abc');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="t.pdf"');
    expect(res.headers.get('x-internal')).toBeNull();
    expect((await fetch(`${gateway}/files/barcode.png?t=1`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers 503 UPSTREAM_UNAVAILABLE, retryable, without the subgraph URL, when the tickets subgraph is down', async () => {
    const down = `http://127.0.0.1:${await freePort()}/graphql`;
    const gateway = await gatewayFor(down);
    const res = await fetch(`${gateway}/files/barcode.png?t=1`);
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ error: { code: 'UPSTREAM_UNAVAILABLE', message: expect.any(String), retryable: true } });
    expect(body).not.toContain(new URL(down).port);
  });
});
