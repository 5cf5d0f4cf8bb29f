import { tracing } from '@opentelemetry/sdk-node';
import { startTracing, type Tracing } from '@stx/observability';
import { getTestRedisUrl, IN_PROCESS_STACK_START_MS, startStackInThisProcess, type Stack } from '@stx/testing';

type Span = tracing.ReadableSpan;

const HOME_PAGE = /* GraphQL */ `
  query HomePage {
    products(first: 20, filter: { onSaleOnly: true }) { edges { node { id name(lang: "en") availability { level asOf } } } }
  }
`;

/**
 * One home page through the gateway, the subgraphs, the simulator over HTTP and a real Redis, with
 * the official SDK exporting to memory: one trace from the gateway's server span down to the
 * SecuTix availability call, under the availability subgraph's server span.
 */
describe('traces', () => {
  const exporter = new tracing.InMemorySpanExporter();
  let sdk: Tracing | undefined;
  let starting: Promise<Stack> | undefined;
  let stack: Stack;

  beforeAll(async () => {
    sdk = startTracing({ serviceName: 'secutix-graph-test', env: {}, spanProcessors: [new tracing.SimpleSpanProcessor(exporter)] });
    starting = startStackInThisProcess({ redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
    stack = await starting;
  }, IN_PROCESS_STACK_START_MS);
  afterAll(async () => {
    // a start that outlived its timeout is closed too: its servers must not run on into the worker's next file
    await (await starting?.catch(() => undefined))?.close();
    await sdk?.shutdown();
  });

  it('yields one trace holding the SecuTix availability call under the availability subgraph', async () => {
    await stack.query(`{ products(first: 1) { edges { node { id } } } }`); // the catalog is loaded: its calls are not this page's
    exporter.reset();
    const res = await stack.query(HOME_PAGE);
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const call = spans.find((s) => s.name === 'SecuTix AvailabilityService.getProductAvailability');
    expect(call).toBeDefined();
    const traceId = call!.spanContext().traceId;
    // every span of this request, in every process, is in that one trace
    const gatewayRoot = spans.filter((s) => s.attributes['service.component'] === 'gateway');
    expect(gatewayRoot).toHaveLength(1);
    expect(gatewayRoot[0].spanContext().traceId).toBe(traceId);
    expect(spans.filter((s) => s.kind === 1 /* SERVER */).every((s) => s.spanContext().traceId === traceId)).toBe(true);

    const chain = ancestors(call!, spans);
    const subgraph = chain.find((s) => s.attributes['service.component'] === 'availability');
    expect(subgraph).toBeDefined();
    expect(chain[chain.length - 1]).toBe(gatewayRoot[0]);
    expect(call!.attributes).toMatchObject({
      'secutix.service': 'AvailabilityService',
      'secutix.operation': 'getProductAvailability',
      'secutix.transport': 'soap',
      'secutix.attempt': 1,
      'secutix.outcome': 'success',
    });
    expect(call!.attributes['secutix.budget_wait_ms']).toEqual(expect.any(Number));
    // 20 availability answers were not in the cache: the miss is a span too
    expect(spans.some((s) => s.spanContext().traceId === traceId && s.name.startsWith('cache miss'))).toBe(true);
  });
});

/** the span's parents, nearest first, up to the trace's root */
function ancestors(span: Span, spans: Span[]): Span[] {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  const chain: Span[] = [];
  for (let parent = byId.get(span.parentSpanContext?.spanId ?? ''); parent; parent = byId.get(parent.parentSpanContext?.spanId ?? '')) chain.push(parent);
  return chain;
}
