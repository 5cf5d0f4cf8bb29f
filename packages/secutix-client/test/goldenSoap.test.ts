import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWsdl, serviceContracts } from '@stx/secutix-contract';
import { AvailabilityServiceDescriptor, CatalogServiceDescriptor, SoapTransport, secutixDefaults, type ServiceDescriptor } from '../src';

/**
 * Golden cases pin the SOAP envelopes: for each case, the request node-soap sends (XML), the
 * canned SecuTix answer (XML) and the object the transport makes of it. A loopback server plays
 * SecuTix; set GOLDEN_UPDATE=1 to rewrite request.xml and expected.json after a deliberate change.
 */
const dir = join(__dirname, 'golden');
const services: Record<string, ServiceDescriptor> = { CatalogService: CatalogServiceDescriptor, AvailabilityService: AvailabilityServiceDescriptor };

interface GoldenCase {
  service: string;
  operation: string;
  params: Record<string, unknown>;
}

describe('SOAP golden cases', () => {
  let server: Server;
  let base = '';
  let lastRequest = '';
  let answer = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const service = /\.(\w+)\.webservice/.exec(req.url ?? '')?.[1] ?? '';
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/xml' });
          res.end(readFileSync(join(dir, `${service}.wsdl`), 'utf8').replace('LOCATION', `${base}${req.url?.split('?')[0]}`));
          return;
        }
        lastRequest = Buffer.concat(chunks).toString('utf8');
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
        res.end(answer);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves the simulator\'s typed WSDLs, generated from the SecuTix contract (regenerate with GOLDEN_UPDATE=1)', () => {
    for (const service of Object.keys(services)) {
      const contract = serviceContracts.find((s) => s.name === service)!;
      const wsdl = `${generateWsdl(contract, 'LOCATION')}\n`;
      if (process.env.GOLDEN_UPDATE === '1') writeFileSync(join(dir, `${service}.wsdl`), wsdl);
      expect(readFileSync(join(dir, `${service}.wsdl`), 'utf8')).toBe(wsdl);
    }
  });

  const cases = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'case.json')));

  it.each(cases)('%s', async (name) => {
    const caseDir = join(dir, name);
    const golden = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as GoldenCase;
    answer = readFileSync(join(caseDir, 'response.xml'), 'utf8');
    const transport = new SoapTransport({ ...secutixDefaults, baseUrl: base, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret' });
    const result = await transport.call(services[golden.service], golden.operation, golden.params);
    const request = normalise(lastRequest);
    if (process.env.GOLDEN_UPDATE === '1') {
      writeFileSync(join(caseDir, 'request.xml'), `${request}\n`);
      writeFileSync(join(caseDir, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
    expect(request).toBe(readFileSync(join(caseDir, 'request.xml'), 'utf8').trim());
    expect(result).toEqual(JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')));
  });
});

/** one element per line, so a diff of a changed envelope reads well; the token's time-based id masked */
function normalise(xml: string): string {
  return xml
    .replace(/wsu:Id="SecurityToken-[^"]*"/, 'wsu:Id="SecurityToken-<time>"')
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')
    .trim();
}
