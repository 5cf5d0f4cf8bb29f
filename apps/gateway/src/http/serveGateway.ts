import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { lifecycle, observeHttp, recordCacheLookup, serveMetrics } from '@stx/observability';
import { silentLogger, type Logger, type Served } from '@stx/subgraph-kit';
import type { ResponseCache } from '../responseCache/ResponseCache';
import { readBody } from './readBody';

export interface GatewayHttpOptions {
  port: number;
  host: string;
  /** request bodies over this size are refused with 413 before parsing */
  maxBodyBytes: number;
  responseCache: ResponseCache;
  /** `/ready` answers 200 only when this says so */
  ready(): Promise<boolean>;
  /** where the access-log line of each request goes */
  logger?: Logger;
  /** plain routes by exact path (single sign-on), given the raw body */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>>;
}

interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

const PATH = '/graphql';

/**
 * The gateway's HTTP front on plain node:http: `/health`, `/ready`, the sign-on routes, the body
 * limit and the response cache (a hit never reaches the engine; identical misses arriving
 * together share one execution); everything else goes to the engine as a Node request.
 */
export async function serveGateway(engine: GatewayRuntime, options: GatewayHttpOptions): Promise<Served> {
  const cache = options.responseCache;
  const inFlight = new Map<string, Promise<Answer>>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = (req.url ?? '/').split('?', 1)[0];
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/metrics') return serveMetrics(res);
    if (pathname === '/ready') {
      // draining: load balancers take this replica out while its requests in flight finish
      if (lifecycle.draining) return sendJson(res, 503, { status: 'draining' });
      const ready = await options.ready();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'starting' });
    }
    const route = options.routes?.[pathname];
    if (pathname !== PATH && !route) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST' && !route) return void engine(req, res);
    const body = await readBody(req, options.maxBodyBytes);
    if (body === undefined) {
      return sendJson(res, 413, { errors: [{ message: `Request body over ${options.maxBodyBytes} bytes`, extensions: { code: 'QUERY_TOO_COMPLEX', retryable: false } }] });
    }
    if (route) return route(req, res, body);
    // the engine reads a body a front has already read from `req.body`; given as text, not parsed,
    // because a parsed one reaches the engine wrapped in a Proxy that every later access pays for
    if (body.length > 0) (req as IncomingMessage & { body?: string }).body = body;
    const parsed = cache.admits(req.headers) ? parseJson(body) : undefined;
    const key = parsed === undefined ? undefined : cache.keyFor(req.headers, parsed);
    if (key === undefined) return void engine(req, res);
    const hit = cache.get(key);
    recordCacheLookup('gateway:response', hit === undefined ? 'miss' : 'hit');
    if (hit !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-cache': 'HIT' });
      res.end(hit);
      return;
    }
    let pending = inFlight.get(key);
    if (!pending) {
      pending = execute(req, res).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    const answer = await pending;
    if (answer.status === 200) cache.set(key, answer.body);
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader('x-cache', 'MISS');
    res.statusCode = answer.status;
    res.end(answer.body);
  }

  async function execute(req: IncomingMessage, res: ServerResponse): Promise<Answer> {
    const response = await engine.handleNodeRequestAndResponse(req, res, { req, res });
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => name !== 'content-length' && headers.push([name, value]));
    return { status: response.status, headers, body: await response.text() };
  }

  const server = createServer(
    observeHttp('gateway', options.logger ?? silentLogger, (req, res) =>
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } }] }));
      }),
    ),
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}${PATH}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseJson(body: string): unknown {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined; // the engine answers 400 BAD_REQUEST for it
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
