import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { scrapeState } from './scrapeState';

/**
 * The one Prometheus registry of a process, and every metric this product exports. Names here are
 * the contract of the dashboard and the alert rules in deploy/observability/ (a test checks that
 * every name they use is defined here), so a metric is renamed here and there together.
 */
export const registry = new Registry();
/**
 * The event-loop lag histogram samples every 100 ms, not prom-client's 10: its timer woke every
 * process 100 times a second, about 2% of a core for an idle gateway (every service of a
 * deployment pays it), and a loop blocked long enough to matter is caught at either rate. The
 * `eventloop_lag` histograms record the interval between samples, so they read 0.1 s when idle:
 * the dashboard (deploy/observability) subtracts it.
 */
const EVENT_LOOP_SAMPLE_MS = 100;
collectDefaultMetrics({ register: registry, prefix: 'stx_', eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const requestsTotal = new Counter({
  name: 'stx_requests_total',
  help: 'HTTP requests served, by app, GraphQL operation name and outcome (ok, graphql_error, client_error, server_error)',
  labelNames: ['app', 'operation', 'outcome'] as const,
  registers: [registry],
});

export const requestDuration = new Histogram({
  name: 'stx_request_duration_seconds',
  help: 'Time from the request arriving to the response ending, by app, operation name and outcome',
  labelNames: ['app', 'operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const requestsInFlight = new Gauge({
  name: 'stx_requests_in_flight',
  help: 'Requests being served by this process now',
  registers: [registry],
});

export const draining = new Gauge({
  name: 'stx_draining',
  help: '1 once this process got SIGTERM: /ready answers 503 and in-flight requests are finishing',
  registers: [registry],
});

export const secutixCallsTotal = new Counter({
  name: 'stx_secutix_calls_total',
  help: 'Calls to SecuTix by SecuTix service, operation and outcome (success, or the failure kind: rate_limited, technical, unavailable, business, authentication, budget_exhausted, caller_budget_exhausted, ...)',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [registry],
});

export const secutixCallDuration = new Histogram({
  name: 'stx_secutix_call_duration_seconds',
  help: 'Duration of each SecuTix call (one attempt), by SecuTix service, operation and outcome',
  labelNames: ['service', 'operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const secutixBudgetWait = new Histogram({
  name: 'stx_secutix_budget_wait_seconds',
  help: 'Time a SecuTix call spent being admitted by the shared call budget',
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
  registers: [registry],
});

export const budgetUsed = new Gauge({
  name: 'stx_secutix_budget_used',
  help: 'Calls taken from a shared SecuTix budget in the current minute, all instances together (read from the shared store at scrape)',
  labelNames: ['budget'] as const,
  registers: [registry],
  // one read per budget per scrape fills the three budget gauges
  async collect() {
    await Promise.all(
      [...scrapeState.budgets].map(async ([name, reader]) => {
        const left = await reader.remaining().catch(() => undefined);
        budgetLimit.set({ budget: name }, reader.limit);
        if (left === undefined) return;
        budgetLeft.set({ budget: name }, left);
        budgetUsed.set({ budget: name }, reader.limit - left);
      }),
    );
  },
});

export const budgetLeft = new Gauge({
  name: 'stx_secutix_budget_left',
  help: 'Calls left in a shared SecuTix budget for the current minute, all instances together',
  labelNames: ['budget'] as const,
  registers: [registry],
});

export const budgetLimit = new Gauge({
  name: 'stx_secutix_budget_limit',
  help: 'Calls a minute a shared SecuTix budget allows, all instances together',
  labelNames: ['budget'] as const,
  registers: [registry],
});

export const cacheLookups = new Counter({
  name: 'stx_cache_lookups_total',
  help: 'Cache lookups by kind (key family, e.g. catalog:snapshot, avail:product, gateway:response) and outcome (hit, stale, miss)',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
});

export const catalogSnapshotAge = new Gauge({
  name: 'stx_catalog_snapshot_age_seconds',
  help: 'Seconds since SecuTix last confirmed that the catalog snapshot this process serves is current (its getLastSetupUpdate check); before a first one, since the process began to want one; 0 in processes that serve no catalog',
  registers: [registry],
  collect() {
    const at = scrapeState.catalogConfirmedAt ?? scrapeState.catalogAwaitedSince;
    this.set(at === undefined ? 0 : Math.max(0, (Date.now() - at) / 1000));
  },
});

export const availabilityOldestServedAge = new Gauge({
  name: 'stx_availability_oldest_served_age_seconds',
  help: 'Age of the oldest availability answer this process served during the last minute (0 when none was served)',
  registers: [registry],
  collect() {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    const recent = scrapeState.availabilityOldest.filter(([m]) => m >= minute - 1).map(([, fetchedAt]) => fetchedAt);
    this.set(recent.length === 0 ? 0 : Math.max(0, (now - Math.min(...recent)) / 1000));
  },
});

export const availabilityFreshWindow = new Gauge({
  name: 'stx_availability_fresh_window_seconds',
  help: 'AVAILABILITY_FRESH_SECONDS: an answer older than this was served stale, because SecuTix could not be asked; the alert compares the age above with it',
  registers: [registry],
});

export const circuitState = new Gauge({
  name: 'stx_secutix_circuit_state',
  help: 'Circuit breaker of each SecuTix service: 0 closed, 1 half-open (one probe call), 2 open (calls refused at once)',
  labelNames: ['service'] as const,
  registers: [registry],
});

export const loginRefusals = new Counter({
  name: 'stx_login_refusals_total',
  help: 'Login attempts refused by throttling, by reason (throttled: a buyer\'s login; operator_throttled: a back-office operator\'s)',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const voucherRefusals = new Counter({
  name: 'stx_voucher_refusals_total',
  help: 'Voucher code look-ups (voucher(code), payOrder with GIFT_VOUCHER) refused because the client address guessed too many unknown codes',
  registers: [registry],
});
