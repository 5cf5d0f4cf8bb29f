import { NodeSDK, type tracing } from '@opentelemetry/sdk-node';
import { countTracing } from './tracer';

export interface TracingOptions {
  /** the service name when OTEL_SERVICE_NAME does not give one */
  serviceName: string;
  env?: NodeJS.ProcessEnv;
  /** where spans go instead of the exporters of OTEL_TRACES_EXPORTER (tests: an in-memory exporter) */
  spanProcessors?: tracing.SpanProcessor[];
}

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry's Node SDK, configured by the standard OTEL_* variables (exporter, endpoint,
 * headers, sampler, resource attributes). Off unless configured: the SDK starts only when an
 * exporter or an OTLP endpoint is named (OTEL_TRACES_EXPORTER, OTEL_EXPORTER_OTLP_ENDPOINT,
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), or span processors are given, and never with
 * OTEL_SDK_DISABLED=true. No auto-instrumentation: our HTTP servers, SecuTix calls and cache
 * misses open their spans themselves (the same under Jest, whose module loader instrumentations
 * cannot patch), and the gateway's engine traces its own subgraph fetches.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  const env = options.env ?? process.env;
  const exporterNamed = [env.OTEL_TRACES_EXPORTER, env.OTEL_EXPORTER_OTLP_ENDPOINT, env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT].some((v) => v !== undefined && v !== '' && v !== 'none');
  if (env.OTEL_SDK_DISABLED === 'true' || (!exporterNamed && !options.spanProcessors)) return undefined;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || options.serviceName,
    instrumentations: [],
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
  });
  sdk.start();
  countTracing(+1);
  return {
    shutdown: () => {
      countTracing(-1);
      return sdk.shutdown();
    },
  };
}

