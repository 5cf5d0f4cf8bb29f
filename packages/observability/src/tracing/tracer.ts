import { trace, type Tracer } from '@opentelemetry/api';

/**
 * Our spans' tracer. Without a configured SDK the API hands out a no-op tracer, so spans cost
 * next to nothing when tracing is off.
 */
export function tracer(): Tracer {
  return trace.getTracer('secutix-graph');
}
