import { AsyncLocalStorage } from 'node:async_hooks';
import { isSpanContextValid, trace } from '@opentelemetry/api';

/** What a request carries through every await: its ids for log lines, and what the access log reports. */
export interface RequestContext {
  requestId: string;
  /** the W3C trace id: the active span's, or the caller's `traceparent` when tracing is off */
  traceId?: string;
  /** the GraphQL operation name, once the handler knows it */
  operationName?: string;
  /** set by the handler when a 200 answer carried GraphQL errors */
  graphqlErrors?: boolean;
  /** who the request is made for, once its identity is verified (@stx/identity's callerKeys): SecuTix calls count against each */
  callers?: readonly string[];
  /** SecuTix calls of this request that left (whatever their outcome): what it may have changed there */
  secutixCallsSent?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** each request's context by its Node request object, for code that has the request at hand */
const byRequest = new WeakMap<object, RequestContext>();

export function attachRequestContext(req: object, context: RequestContext): void {
  byRequest.set(req, context);
}

/** the context of a request being served, from its Node request object (async context or not) */
export function requestContextOf(req: object | undefined): RequestContext | undefined {
  return req === undefined ? undefined : byRequest.get(req);
}

/**
 * The ids a log line about this request carries, given explicitly: for handlers that run outside
 * the async context (see observeHttp's `asyncContext`), where the logger cannot find them itself.
 */
export function requestLogFields(req: object | undefined): { requestId?: string; traceId?: string } {
  const request = requestContextOf(req);
  return request ? { requestId: request.requestId, traceId: request.traceId } : {};
}

/**
 * Runs work that a request starts but every caller shares (the catalog's stamp check and export):
 * outside the request's context, so that it is nobody's SecuTix calls and no one caller's share
 * can stop it.
 */
export function outsideRequest<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** the request being served, if any (background work has none) */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** the ids every log line carries: the request's, and the active span's trace id when there is one */
export function logCorrelation(): { requestId?: string; traceId?: string } {
  const request = storage.getStore();
  const span = trace.getActiveSpan()?.spanContext();
  const traceId = span && isSpanContextValid(span) ? span.traceId : request?.traceId;
  if (!request && !traceId) return {};
  return { requestId: request?.requestId, traceId };
}
