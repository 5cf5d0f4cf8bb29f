import autocannon from 'autocannon';
import { percentile } from './percentile';

export interface LoadOptions {
  url: string;
  /** request bodies, sent in turn */
  bodies: string[];
  connections: number;
  /** how long to run, or, with `amount`, at most how long */
  seconds: number;
  /** stop after this many requests instead */
  amount?: number;
  /** extra request headers (e.g. a caller's credentials) */
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** non-2xx answers, answers carrying GraphQL `errors`, timeouts and connection errors */
  errors: number;
  /** one example of what went wrong, to explain the count */
  firstError?: string;
  /** every answer's latency in ms, sorted */
  latencies: number[];
}

/** Drives one system with autocannon (POST, JSON bodies in turn); latencies are every answer's. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const onResponse = (status: number, body: string) => {
    if (status >= 200 && status < 300 && !body.includes('"errors"')) return;
    if (status < 300) graphqlErrors++;
    firstError ??= `HTTP ${status} ${body.slice(0, 200)}`;
  };
  const latencies: number[] = [];
  let done!: (r: autocannon.Result) => void;
  let fail!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (fail = reject)));
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    timeout: 30,
    // one request per body, each connection going through them in turn: autocannon builds a
    // request without `setupRequest` once, where a `setupRequest` rebuilt it for every send (a
    // fifth of the load generator's CPU on cached pages, which share its two cores)
    requests: options.bodies.map((body) => ({ body, onResponse })),
  }, (err, result) => (err ? fail(err) : done(result)));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  // with `amount`, `seconds` (when given) is the most it may take, give or take autocannon's 1 s tick: a slow system stops early
  const cap = options.amount && options.seconds > 0 ? setTimeout(() => instance.stop(), options.seconds * 1000) : undefined;
  const result = await finished.finally(() => clearTimeout(cap));
  latencies.sort((a, b) => a - b);
  const seconds = result.duration;
  const failures = result.non2xx + result.errors + result.timeouts + graphqlErrors;
  return {
    requests: latencies.length,
    seconds,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: failures,
    firstError: firstError ?? (result.errors + result.timeouts > 0 ? `${result.errors} connection errors, ${result.timeouts} timeouts` : undefined),
    latencies,
  };
}
