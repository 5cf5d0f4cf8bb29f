import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, currentRequest, observeHttp } from '../src';

/**
 * The logger inside the request context. Every request gets an id (the caller's when sane), every log line written while it is served
 * carries it and the trace id of the caller's `traceparent`, and one access-log line is written.
 */
describe('request ids and the access log', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('test-app', { write: (line) => lines.push(JSON.parse(line)) });
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(
      observeHttp('test-app', logger, async (req, res) => {
        const request = currentRequest();
        if (request) request.operationName = String(req.headers['x-test-operation'] ?? 'Probe');
        await new Promise((resolve) => setTimeout(resolve, 5)); // the context survives awaits
        logger.warn('something to say', { password: 'hunter2' });
        res.writeHead(req.url === '/boom' ? 500 : 200, { 'content-type': 'application/json' });
        res.end('{}');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (lines.length = 0));

  it("keeps the caller's request id, echoes it, and puts it and the trace id on every line", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(`${base}/graphql`, { headers: { 'x-request-id': 'req-123', traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(res.headers.get('x-request-id')).toBe('req-123');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.map((l) => l.message)).toEqual(['something to say', 'request']);
    for (const line of lines) expect(line).toMatchObject({ requestId: 'req-123', traceId });
    expect(lines[0].password).toBe('[redacted]');
    expect(lines[1]).toMatchObject({ name: 'test-app', method: 'GET', path: '/graphql', status: 200, operation: 'Probe', outcome: 'ok' });
  });

  it("logs no more than 100 characters of a client's operation name", async () => {
    await fetch(`${base}/graphql`, { headers: { 'x-test-operation': `Q${'x'.repeat(5000)}` } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.find((l) => l.message === 'request')?.operation).toBe(`Q${'x'.repeat(99)}`);
  });

  it('makes up an id for a request without a sane one, and logs exactly one line per request', async () => {
    const res = await fetch(`${base}/boom`, { headers: { 'x-request-id': 'bad id with spaces and\ttabs' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const access = lines.filter((l) => l.message === 'request');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ requestId: id, status: 500, outcome: 'server_error' });
  });

  it('neither counts nor logs probes and scrapes', async () => {
    await fetch(`${base}/health`);
    await fetch(`${base}/metrics`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.filter((l) => l.message === 'request')).toEqual([]);
  });
});
