import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import { answerInternalError, currentRequest, lifecycle, observeHttp, serveMetrics, silentLogger, type Logger } from '@stx/observability';
import { tokenLimitError } from '@stx/operation-limits';
import { codedError } from '@stx/errors';
import { listen } from './listen';

export interface ServeOptions<TContext extends BaseContext> {
  /** the app's name in metrics and access-log lines */
  name?: string;
  /** where the access-log line of each request goes */
  logger?: Logger;
  port: number;
  host?: string;
  path?: string;
  /** builds the per-request context: loaders and caller-bound clients are made here, never shared */
  context: ContextFunction<[{ req: IncomingMessage }], TContext>;
  /** `/ready` answers 200 only when this says so (e.g. the catalog snapshot is loaded) */
  ready?: () => Promise<boolean> | boolean;
  /** request bodies over this size are refused with 413 before parsing */
  maxBodyBytes?: number;
  /** documents of more lexical tokens are refused with 400 before the engine parses them */
  maxTokens?: number;
  /** extra routes by exact path (e.g. single sign-on), given the raw body */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>>;
}

export interface Served {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server (a subgraph) on plain node:http, with `/health` and `/ready`. No
 * framework: every subgraph request passes here, so it stays small and measurable.
 */
export async function serveApollo<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: ServeOptions<TContext>): Promise<Served> {
  const path = options.path ?? '/graphql';
  const maxBody = options.maxBodyBytes ?? 100_000;
  const server = createServer(
    observeHttp(options.name ?? 'graphql', options.logger ?? silentLogger, (req, res) =>
      handle(req, res).catch((err) => answerInternalError(req, res, options.logger ?? silentLogger, err)),
    ),
  );
  server.keepAliveTimeout = 65_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics') return serveMetrics(res);
    if (url.pathname === '/ready') {
      // draining: load balancers take this replica out while its requests in flight finish
      if (lifecycle.draining) return sendJson(res, 503, { status: 'draining' });
      const ready = options.ready ? await options.ready() : true;
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'starting' });
    }
    const route = options.routes?.[url.pathname];
    if (url.pathname !== path && !route) return sendJson(res, 404, { error: 'not found' });
    const body = await readBody(req, maxBody);
    if (body === undefined) {
      return sendJson(res, 413, { errors: [codedError('QUERY_TOO_COMPLEX', `Request body over ${maxBody} bytes`).toJSON()] });
    }
    if (route) return route(req, res, body);
    let parsed: unknown = undefined;
    if (req.method === 'POST' && body.length > 0) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return sendJson(res, 400, { errors: [codedError('BAD_REQUEST', 'Body is not valid JSON').toJSON()] });
      }
    }
    const request = currentRequest();
    if (request) request.operationName = operationNameOf(parsed, url);
    const tooLong = options.maxTokens === undefined ? undefined : tokenLimitOf(req.method === 'POST' ? parsed : Object.fromEntries(url.searchParams), options.maxTokens);
    if (tooLong) return sendJson(res, 400, { errors: [tooLong.toJSON()] });
    return send(res, await execute(req, url, parsed));
  }

  async function execute(req: IncomingMessage, url: URL, parsed: unknown): Promise<Executed> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: () => options.context({ req }),
    });
    const complete = result.body.kind === 'complete' ? result.body.string : undefined;
    const request = currentRequest();
    if (request && complete?.includes('"errors":')) request.graphqlErrors = true;
    return { status: result.status ?? 200, headers: [...result.headers], complete, chunks: result.body.kind === 'chunked' ? result.body.asyncIterator : undefined };
  }

  const port = await listen(server, options.port, options.host ?? '127.0.0.1');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${path}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Executed {
  status: number;
  headers: [string, string][];
  complete?: string;
  chunks?: AsyncIterableIterator<string>;
}

async function send(res: ServerResponse, result: Executed): Promise<void> {
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status;
  if (result.complete !== undefined) {
    res.end(result.complete);
    return;
  }
  for await (const chunk of result.chunks ?? []) res.write(chunk);
  res.end();
}

/**
 * The operation name for metrics and logs: `operationName`, else the name of a document that
 * starts with a named operation (what most clients send), without parsing the document.
 */
function operationNameOf(parsed: unknown, url: URL): string | undefined {
  const body = parsed && typeof parsed === 'object' ? (parsed as { operationName?: unknown; query?: unknown }) : undefined;
  const name = body ? body.operationName : url.searchParams.get('operationName');
  if (typeof name === 'string' && name !== '') return name;
  const query = body ? body.query : url.searchParams.get('query');
  return typeof query === 'string' ? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(query)?.[1] : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** the first query of a request (or of a batch) over the token limit */
function tokenLimitOf(request: unknown, maxTokens: number) {
  for (const one of Array.isArray(request) ? request : [request]) {
    const query = (one as { query?: unknown } | null)?.query;
    const error = typeof query === 'string' ? tokenLimitError(query, maxTokens) : undefined;
    if (error) return error;
  }
  return undefined;
}

/** resolves undefined when the body is over the limit, so a huge query is never buffered whole */
function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
