import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerInternalError, createLogger, observeHttp } from '../src';

describe('answerInternalError', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('test-app', { write: (line) => lines.push(JSON.parse(line)) });
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const handler = async () => {
      throw new RangeError('Maximum call stack size exceeded at http://10.0.0.7:4001/graphql');
    };
    // outside the async context, as the gateway serves GraphQL: the ids must come from the request itself
    server = createServer(observeHttp('test-app', logger, (req, res) => handler().catch((err) => answerInternalError(req, res, logger, err)), { asyncContext: () => false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('tells the client only that it is our bug, and the operator everything, with the request id', async () => {
    const res = await fetch(`${base}/graphql?query=x`, { method: 'POST', headers: { 'x-request-id': 'req-500' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } }] });
    expect(text).not.toMatch(/10\.0\.0\.7|RangeError|stack/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const failure = lines.find((line) => line.message === 'request failed unexpectedly');
    expect(failure).toMatchObject({ level: 'error', requestId: 'req-500', method: 'POST', path: '/graphql', reason: expect.stringContaining('RangeError: Maximum call stack') });
    expect(failure?.stack).toEqual(expect.stringContaining('internalError.test.ts'));
  });
});
