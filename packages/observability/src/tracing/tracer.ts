import { SpanStatusCode, trace, type Attributes, type Tracer } from '@opentelemetry/api';

/**
 * Our spans' tracer. Without a configured SDK the API hands out a no-op tracer, so spans cost
 * next to nothing when tracing is off.
 */
export function tracer(): Tracer {
  return trace.getTracer('secutix-graph');
}

/** SDKs started and not shut down in this process (tests start and stop their own) */
let active = 0;

/** startTracing's count of the SDKs it started and stopped */
export function countTracing(delta: 1 | -1): void {
  active += delta;
}

/**
 * Whether spans go anywhere: work done only for tracing (server spans, the gateway's per-fetch
 * client spans, header copies and propagation) is skipped when they do not.
 */
export function tracingActive(): boolean {
  return active > 0;
}

/** runs `work` inside an active span, marked as an error when it throws */
export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}
