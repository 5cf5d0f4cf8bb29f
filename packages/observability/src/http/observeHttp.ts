import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { attachRequestContext, runInRequest, type RequestContext } from '../context/requestContext';
import { lifecycle } from '../lifecycle/lifecycle';
import { recordRequest, requestOutcome } from '../metrics/requestMetrics';
import { tracer, tracingActive } from '../tracing/tracer';

export interface AccessLogger {
  info(message: string, fields?: Record<string, unknown>): void;
}

/** probes and scrapes: answered, but neither counted, traced nor logged */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);
const REQUEST_ID = /^[\w.:-]{1,128}$/;
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;
/** an operation name is the client's text: spans waiting for export and log lines keep this much of it */
const OPERATION_NAME_CHARS = 100;

export interface ObserveOptions {
  /**
   * Whether this request's handler runs inside its async context, where every log line finds the
   * request's ids by itself (the default). That context costs every promise the handler creates
   * a hook (about 85 ns each on Node 20): a handler that gives the ids to its few log lines itself
   * (requestLogFields) may run without it.
   */
  asyncContext?(req: IncomingMessage): boolean;
}

/**
 * Wraps a node:http handler with what every request of every process gets: a request id (the
 * caller's `x-request-id` when it is sane, else a new one, echoed back), a server span continuing
 * the caller's W3C `traceparent`, the request context every log line reads, the request metrics,
 * one access-log line, the in-flight count graceful shutdown waits for, and `connection: close`
 * while draining so keep-alive clients move to another replica.
 */
export function observeHttp(app: string, logger: AccessLogger, handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>, options: ObserveOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (QUIET_PATHS.has(path)) {
      void handler(req, res);
      return;
    }
    const started = process.hrtime.bigint();
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    // no span at all when no SDK is started: even a no-op one costs a context and a span object per request
    const parent = tracingActive() ? propagation.extract(context.active(), req.headers) : undefined;
    const span = parent && tracer().startSpan(`${req.method ?? 'GET'} ${path}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path, 'service.component': app } }, parent);
    const spanContext = span?.spanContext();
    const incomingTrace = TRACEPARENT.exec(String(req.headers.traceparent ?? ''))?.[1];
    const request: RequestContext = { requestId, traceId: spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : incomingTrace };
    res.setHeader('x-request-id', requestId);
    if (lifecycle.draining) res.setHeader('connection', 'close');
    lifecycle.requestStarted();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      lifecycle.requestEnded();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      const outcome = requestOutcome(status, request.graphqlErrors === true);
      recordRequest(app, request.operationName, outcome, seconds);
      const operation = request.operationName?.slice(0, OPERATION_NAME_CHARS);
      if (span) {
        span.setAttribute('http.response.status_code', status);
        if (operation) span.setAttribute('graphql.operation.name', operation);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      logger.info('request', { requestId, traceId: request.traceId, method: req.method, path, status, ms: Math.round(seconds * 10_000) / 10, operation, outcome });
    };
    res.once('finish', end);
    res.once('close', end);
    attachRequestContext(req, request);
    const serve = () => (parent && span ? context.with(trace.setSpan(parent, span), () => void handler(req, res)) : void handler(req, res));
    if (options.asyncContext?.(req) === false) serve();
    else runInRequest(request, serve);
  };
}
