import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogServiceDescriptor, JsonTransport, SoapTransport, secutixDefaults, type SecutixConfig } from '../src';

/** How each transport turns SecuTix's HTTP failures into typed errors, against a loopback server. */
describe.each(['soap', 'json'] as const)('%s transport failures', (kind) => {
  let server: Server;
  let config: SecutixConfig;
  let reply: { status: number; body: string; headers?: Record<string, string> } = { status: 200, body: '' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/xml' });
          res.end(readFileSync(join(__dirname, 'golden', 'CatalogService.wsdl'), 'utf8').replace('LOCATION', `${config.baseUrl}${req.url?.split('?')[0]}`));
          return;
        }
        res.writeHead(reply.status, { 'content-type': kind === 'soap' ? 'text/xml' : 'application/json', ...reply.headers });
        res.end(reply.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    config = { ...secutixDefaults, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'x', transport: kind };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const call = () => (kind === 'soap' ? new SoapTransport(config) : new JsonTransport(config)).call(CatalogServiceDescriptor, 'getPOSConfig', {});

  it('maps HTTP 509 to RATE_LIMITED with Retry-After', async () => {
    reply = { status: 509, body: 'Bandwidth Limit Exceeded', headers: { 'retry-after': '42' } };
    await expect(call()).rejects.toMatchObject({ kind: 'RATE_LIMITED', options: { retryAfterSeconds: 42 } });
  });

  it('maps HTTP 429 to RATE_LIMITED too', async () => {
    reply = { status: 429, body: '' };
    await expect(call()).rejects.toMatchObject({ kind: 'RATE_LIMITED' });
  });

  it('maps HTTP 503 to UNAVAILABLE', async () => {
    reply = { status: 503, body: '' };
    await expect(call()).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
  });

  it('maps a refused credential to AUTHENTICATION', async () => {
    reply =
      kind === 'soap'
        ? { status: 500, body: '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>error.authentication</faultstring></S:Fault></S:Body></S:Envelope>' }
        : { status: 401, body: '{"statusCode":"error.authentication"}' };
    await expect(call()).rejects.toMatchObject({ kind: 'AUTHENTICATION' });
  });

  it('maps a server fault to TECHNICAL and keeps the raw body out of the message', async () => {
    reply =
      kind === 'soap'
        ? { status: 500, body: '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Server</faultcode><faultstring>java.lang.NullPointerException at x.y</faultstring></S:Fault></S:Body></S:Envelope>' }
        : { status: 500, body: '{"statusCode":"error.technical","statusDetail":"java.lang.NullPointerException"}' };
    const err = await call().catch((e) => e);
    expect(err).toMatchObject({ kind: 'TECHNICAL' });
    expect(err.message).not.toContain('NullPointerException at x.y');
  });

  it('maps a closed port to UNAVAILABLE', async () => {
    const closed = { ...config, baseUrl: 'http://127.0.0.1:1' };
    const transport = kind === 'soap' ? new SoapTransport(closed) : new JsonTransport(closed);
    await expect(transport.call(CatalogServiceDescriptor, 'getPOSConfig', {})).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
  });
});
