import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { sendNodeResponse } from '@whatwg-node/server';
import { answerInternalError, lifecycle, observeHttp, recordCacheLookup, silentLogger, tracingActive, type Logger } from '@stx/observability';
import { localizeError, messageLanguage } from '@stx/errors';
import { listen, type Served } from '@stx/host';
import type { CachedAnswer, GraphQLParams, ResponseCache } from '../responseCache/ResponseCache';
import { clientHolds, isSingleJsonAnswer, mergeVary, PRIVATE_POLICY, publicPolicy, sharedAnswerType, VARY } from './httpCaching';
import { ExplorerPage } from './explorerPage';
import { readBody } from './readBody';
import { refusalBody, refusalOf, type Refusal } from './requestChecks';
import { requestTarget } from './requestTarget';

export interface GatewayHttpOptions {
  port: number;
  host: string;
  /** request bodies over this size are refused with 413 before parsing */
  maxBodyBytes: number;
  responseCache: ResponseCache;
  /** the subgraphs that are not ready yet: `/ready` answers 200 only when there is none, else names them */
  notReady(): Promise<NotReady[]>;
  /** where the access-log line of each request goes */
  logger?: Logger;
  /** plain routes by exact path (single sign-on), given the raw body */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>>;
  /** the CORS headers the engine would send this origin, for answers it never sees (cache hits) */
  corsHeaders?(origin: string | undefined): Record<string, string>;
  /** the explorer page a browser gets on GET /graphql */
  explorer: ExplorerPage;
}

/** an operator's answer to "why is it not ready": which subgraph, where the gateway looks for it, what it saw */
/** a subgraph that is not ready, as `/ready` tells anyone: its name and why, never its internal URL (the log has it) */
export interface NotReady {
  subgraph: string;
  reason: string;
}

interface Answer {
  status: number;
  headers: [string, string][];
  contentType: string | undefined;
  body: string;
}

const PATH = '/graphql';
/** gzip or brotli (as the client accepts) above this size: below it, the headers outweigh the saving */
const COMPRESS_ABOVE_BYTES = 1024;

/**
 * The gateway's HTTP front on plain node:http: `/health`, `/ready`, the sign-on routes, CSRF and
 * content-type checks, the body limit, the response cache and HTTP caching headers (from the
 * subgraphs' cache hints, for POSTs and GETs alike), compression (a hit never reaches the engine;
 * identical misses arriving together share one execution); everything else goes to the engine as
 * a Node request.
 */
export async function serveGateway(engine: GatewayRuntime, options: GatewayHttpOptions): Promise<Served> {
  const cache = options.responseCache;
  const inFlight = new Map<string, Promise<Answer>>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = requestTarget(req);
    if (!target) return refuse(req, res, { status: 400, code: 'BAD_REQUEST', message: 'This request’s Host header or target is malformed.' });
    const { pathname } = target;
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/ready') {
      // draining: load balancers take this replica out while its requests in flight finish
      if (lifecycle.draining) return sendJson(res, 503, { status: 'draining' });
      const notReady = await options.notReady();
      return sendJson(res, notReady.length === 0 ? 200 : 503, notReady.length === 0 ? { status: 'ready' } : { status: 'starting', notReady });
    }
    const route = options.routes?.[pathname];
    if (pathname !== PATH && !route) return sendJson(res, 404, { error: 'not found' });
    // a page, the same for everyone: no operation runs, so neither CSRF nor the engine is concerned
    if (!route && ExplorerPage.wanted(req)) return options.explorer.serve(req, res);
    // a GET's operation is in its query string; nothing else reads it
    const searchParams = req.method === 'GET' && !route ? target.searchParams : undefined;
    // before the cache: a cached answer is still an answer to a forged cross-site request
    const refusal = route ? undefined : refusalOf(req, searchParams);
    if (refusal) return refuse(req, res, refusal);
    if (!route) {
      // private unless the cache path below proves the answer public; the engine keeps these headers
      res.setHeader('cache-control', PRIVATE_POLICY);
      res.setHeader('vary', VARY);
    }
    let params: GraphQLParams | undefined;
    let body = '';
    if (req.method === 'POST' || route) {
      const read = await readBody(req, options.maxBodyBytes);
      if (read === undefined) {
        const { message } = localizeError('QUERY_TOO_COMPLEX', '', {}, messageLanguage(req.headers['accept-language']));
        setCorsHeaders(req, res);
        return sendJson(res, 413, { errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX', retryable: false, detail: `Request body over ${options.maxBodyBytes} bytes` } }] });
      }
      if (route) return route(req, res, read);
      body = read;
      params = cache.admits(req.headers) ? parseJson(body) : undefined;
    } else if (searchParams && cache.admits(req.headers)) {
      // a GET (a persisted query by hash, as CDNs cache them) is shared like the same POST
      params = paramsOf(searchParams);
    }
    const shareable = params === undefined ? undefined : cache.shareable(req.headers, params);
    if (shareable === undefined) return sendNodeResponse(await execution(req, res, target, body), res, req, true);
    const { key, seconds } = shareable;
    const hit = cache.get(key);
    recordCacheLookup('gateway:response', hit === undefined ? 'miss' : 'hit');
    if (hit !== undefined) return sendPublic(req, res, hit, 'HIT');
    // requests share an execution only with those asking for the same media type: its status and
    // type follow the client's Accept (GraphQL over HTTP), though a stored body serves both
    const flightKey = `${sharedAnswerType(req.headers.accept)}\u0000${key}`;
    let pending = inFlight.get(flightKey);
    const joined = pending !== undefined;
    if (!pending) {
      pending = execute(req, res, target, body).finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, pending);
    }
    const answer = await pending;
    // a joiner takes only a single JSON answer: the engine may have read the starter's Accept
    // otherwise than we did (a charset it ignores) and streamed; then this request runs on its own
    if (joined && !isSingleJsonAnswer(answer.contentType)) return sendNodeResponse(await execution(req, res, target, body), res, req, true);
    const stored = answer.status === 200 && isSingleJsonAnswer(answer.contentType) ? cache.set(key, answer.body, seconds) : undefined;
    if (stored) return sendPublic(req, res, stored, 'MISS');
    // a shared execution carries the CORS headers of whoever started it: this request gets its own
    for (const [name, value] of answer.headers) if (!name.startsWith('access-control-')) setHeader(res, name, value);
    setCorsHeaders(req, res);
    res.setHeader('x-cache', 'MISS');
    res.statusCode = answer.status;
    res.end(answer.body);
  }

  /**
   * An answer the cache shares: public for as long as its policy says, which is also how long the
   * cache keeps it (`Age` tells downstream caches how much of it is spent); 304 when the client
   * holds it. Its ETag and length were computed once, when it was stored.
   */
  function sendPublic(req: IncomingMessage, res: ServerResponse, answer: CachedAnswer, xCache: 'HIT' | 'MISS'): void {
    const { etag, body } = answer;
    res.setHeader('cache-control', publicPolicy(answer.seconds));
    res.setHeader('etag', etag);
    res.setHeader('x-cache', xCache);
    const age = cache.ageOf(answer);
    if (age > 0) res.setHeader('age', age);
    setCorsHeaders(req, res);
    if (clientHolds(req, etag)) {
      res.writeHead(304);
      res.end();
      return;
    }
    // the length tells the compression below whether this answer is worth compressing
    res.writeHead(200, { 'content-type': sharedAnswerType(req.headers.accept)!, 'content-length': body.length });
    res.end(body);
  }

  /** a refusal of the front's checks, readable by a listed origin's page as the engine's own errors are */
  function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
    setCorsHeaders(req, res);
    sendRefusal(req, res, refusal);
  }

  /** the CORS headers the engine would have sent this request's origin */
  function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
    if (req.headers.origin === undefined || !options.corsHeaders) return;
    for (const [name, value] of Object.entries(options.corsHeaders(req.headers.origin))) setHeader(res, name, value);
  }

  /**
   * The engine's answer to the request the front has checked: its URL is the target the checks
   * read, its body the text they read. The engine's own Node adapter would rebuild both, and list
   * every character of a text body with `Object.keys` (20 ms for 64 KB). A client that goes away
   * cancels the execution, as with that adapter.
   */
  function execution(req: IncomingMessage, res: ServerResponse, target: URL, body: string): Promise<Response> {
    const controller = new AbortController();
    res.once('close', () => res.writableFinished || controller.abort());
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new engine.fetchAPI.Request(target.href, { method: req.method, headers: req.headers as Record<string, string>, signal: controller.signal, ...(hasBody ? { body } : {}) });
    // Two parts, which the adapter copies into one plain context. Given one, it makes it the
    // prototype of the request's context (`Object.create`), and V8 keeps a prototype's map in the
    // old generation: that map held the finished request alive through every young-generation GC
    // until the next full one (README, benchmark findings).
    // (the adapter's handler takes any number of parts; its type names one)
    const handle = engine.handleRequest as (request: Request, ...context: object[]) => Response | Promise<Response>;
    return Promise.resolve(handle(request, { req, res }, { waitUntil: engine.waitUntil }));
  }

  async function execute(req: IncomingMessage, res: ServerResponse, target: URL, body: string): Promise<Answer> {
    const response = await execution(req, res, target, body);
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => name !== 'content-length' && headers.push([name, value]));
    return { status: response.status, headers, contentType: response.headers.get('content-type') ?? undefined, body: await response.text() };
  }

  const compress = compression({ threshold: COMPRESS_ABOVE_BYTES }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server = createServer(
    observeHttp(
      'gateway',
      options.logger ?? silentLogger,
      (req, res) =>
        // the middleware wraps every write of the answer: only worth it when the client can decode something
        acceptsCompression(req.headers['accept-encoding']) ? new Promise<void>((resolve) => compress(req, res, () => void respond(req, res).then(resolve))) : respond(req, res),
      // GraphQL requests run outside the async context: the engine's plugins give their few log
      // lines the request's ids themselves (requestLogFields), and its promises skip the hook.
      // Tracing needs that context for its spans, and the sign-on and download routes keep it.
      { asyncContext: (req) => tracingActive() || !isGraphqlPath(req.url) },
    ),
  );

  function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return handle(req, res).catch((err) => answerInternalError(req, res, options.logger ?? silentLogger, err));
  }
  server.keepAliveTimeout = 65_000;
  const port = await listen(server, options.port, options.host);
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

function isGraphqlPath(url: string | undefined): boolean {
  return url === PATH || url?.startsWith(`${PATH}?`) === true;
}

function acceptsCompression(acceptEncoding: string | undefined): boolean {
  return acceptEncoding !== undefined && /\b(gzip|br|deflate)\b|\*/i.test(acceptEncoding);
}

/** a GET's parameters as the engine reads them: variables and extensions stay JSON text */
function paramsOf(search: URLSearchParams): GraphQLParams {
  return { query: search.get('query') ?? undefined, variables: search.get('variables') ?? undefined, operationName: search.get('operationName') ?? undefined, extensions: search.get('extensions') ?? undefined };
}

function parseJson(body: string): GraphQLParams | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? (value as GraphQLParams) : undefined;
  } catch {
    return undefined; // the engine answers 400 BAD_REQUEST for it
  }
}

/** sets a header, adding to Vary rather than replacing it */
function setHeader(res: ServerResponse, name: string, value: string): void {
  if (name.toLowerCase() === 'vary') res.setHeader('vary', mergeVary(res.getHeader('vary'), value));
  else res.setHeader(name, value);
}

function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(refusalBody(refusal, req.headers['accept-language']));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
