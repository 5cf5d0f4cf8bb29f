import { getTestRedisUrl, IN_PROCESS_STACK_START_MS, startStackInThisProcess, type Stack } from '@stx/testing';
import { scrape } from './scrape';

const HOME_PAGE = /* GraphQL */ `
  query HomePage {
    products(first: 20) { edges { node { id name(lang: "en") availability { level asOf } } } }
  }
`;
const LOGIN = /* GraphQL */ `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token userErrors { code } } }`;

/**
 * /metrics on every process, read after real requests through the gateway, the subgraphs, the
 * simulator over HTTP and a real Redis. The stack runs in this test's own process, so every server
 * answers with the same registry, which no other stack has written to (a worker's stack host keeps
 * the gauges its earlier stacks set): the figures are compared before and after each step.
 */
describe('metrics', () => {
  let starting: Promise<Stack> | undefined;
  let stack: Stack;

  beforeAll(async () => {
    starting = startStackInThisProcess({
      redisUrl: getTestRedisUrl(),
      // the response cache would answer the second home page without reaching the subgraphs
      env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0', LOGIN_ATTEMPTS_PER_ACCOUNT: '2', SECUTIX_BREAKER_FAILURES: '2' },
    });
    stack = await starting;
  }, IN_PROCESS_STACK_START_MS);
  // a start that outlived its timeout is closed too: its servers must not run on into the worker's next file
  afterAll(async () => (await starting?.catch(() => undefined))?.close());

  it('answers on the gateway’s metrics port only, never its public one', async () => {
    expect(new URL(stack.gatewayMetricsUrl!).port).not.toBe(new URL(stack.gatewayUrl).port);
    const publicPort = await fetch(new URL('/metrics', stack.gatewayUrl));
    expect(publicPort.status).toBe(404);
    expect(await publicPort.text()).not.toContain('stx_');
  });

  it('answers on the gateway and on every subgraph, in Prometheus format', async () => {
    for (const url of [stack.gatewayMetricsUrl!, ...Object.values(stack.subgraphUrls)]) {
      const scraped = await scrape(url);
      expect(scraped.text).toContain('# TYPE stx_requests_total counter');
      expect(scraped.value('stx_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    }
  });

  it('counts requests by operation and outcome, SecuTix calls exactly as SecuTix saw them, and cache lookups by kind', async () => {
    const before = await scrape(stack.gatewayMetricsUrl!);
    const simBefore = await stack.sim.calls();
    const cold = await stack.query(HOME_PAGE);
    expect(cold.errors).toBeUndefined();
    const warm = await stack.query(HOME_PAGE);
    expect(warm.errors).toBeUndefined();
    const after = await scrape(stack.gatewayMetricsUrl!);
    const simAfter = await stack.sim.calls();
    const delta = (name: string, labels?: Record<string, string>) => (after.value(name, labels) ?? 0) - (before.value(name, labels) ?? 0);

    expect(delta('stx_requests_total', { app: 'gateway', operation: 'HomePage', outcome: 'ok' })).toBe(2);
    expect(delta('stx_request_duration_seconds_count', { app: 'gateway', operation: 'HomePage', outcome: 'ok' })).toBe(2);
    // the gateway's fetches reach the subgraphs as operations of their own
    expect(delta('stx_requests_total', { app: 'availability', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(delta('stx_requests_total', { app: 'catalog', outcome: 'ok' })).toBeGreaterThanOrEqual(2);

    // every SecuTix call the simulator saw is counted under its service and operation
    for (const [key, count] of Object.entries(simAfter)) {
      if (!key.includes('.')) continue;
      const [service, operation] = key.split('.');
      expect([key, delta('stx_secutix_calls_total', { service, operation })]).toEqual([key, count - (simBefore[key] ?? 0)]);
    }
    expect(delta('stx_secutix_calls_total', { service: 'AvailabilityService', operation: 'getProductAvailability', outcome: 'success' })).toBe(1);
    expect(delta('stx_secutix_call_duration_seconds_count', { service: 'AvailabilityService', operation: 'getProductAvailability', outcome: 'success' })).toBe(1);

    // 20 products: missed by the cold page, found by the warm one
    expect(delta('stx_cache_lookups_total', { kind: 'avail:product', outcome: 'miss' })).toBe(20);
    expect(delta('stx_cache_lookups_total', { kind: 'avail:product', outcome: 'hit' })).toBe(20);
  });

  it('reports the shared budget as the shared store counts it', async () => {
    await stack.query(HOME_PAGE);
    const scraped = await scrape(stack.subgraphUrls.catalog);
    const used = scraped.value('stx_secutix_budget_used', { budget: 'secutix-calls' });
    const left = scraped.value('stx_secutix_budget_left', { budget: 'secutix-calls' });
    const limit = scraped.value('stx_secutix_budget_limit', { budget: 'secutix-calls' });
    expect(limit).toBe(150);
    expect(used! + left!).toBe(150);
    expect(scraped.value('stx_secutix_budget_limit', { budget: 'availability-calls' })).toBe(30);
  });

  it('reports how old the catalog snapshot and the availability answers served are', async () => {
    await stack.query(HOME_PAGE);
    const scraped = await scrape(stack.gatewayMetricsUrl!);
    const catalogAge = scraped.value('stx_catalog_snapshot_age_seconds')!;
    expect(catalogAge).toBeGreaterThanOrEqual(0);
    expect(catalogAge).toBeLessThan(120);
    const availabilityAge = scraped.value('stx_availability_oldest_served_age_seconds')!;
    expect(availabilityAge).toBeGreaterThan(0);
    expect(availabilityAge).toBeLessThan(120);
    expect(scraped.value('stx_availability_fresh_window_seconds')).toBe(3600);
  });

  it('counts login attempts refused by throttling', async () => {
    const before = (await scrape(stack.gatewayMetricsUrl!)).value('stx_login_refusals_total') ?? 0;
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await stack.query(LOGIN, { email: 'alice@example.com', password: 'wrong-password' });
      codes.push(res.data.login.userErrors[0]?.code);
    }
    const refused = codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length;
    expect(refused).toBeGreaterThan(0);
    expect(((await scrape(stack.gatewayMetricsUrl!)).value('stx_login_refusals_total') ?? 0) - before).toBe(refused);
  });

  it('counts requests that end in a client error', async () => {
    const before = (await scrape(stack.gatewayMetricsUrl!)).value('stx_requests_total', { app: 'gateway', outcome: 'client_error' }) ?? 0;
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(((await scrape(stack.gatewayMetricsUrl!)).value('stx_requests_total', { app: 'gateway', outcome: 'client_error' }) ?? 0) - before).toBe(1);
  });

  // last: it leaves AvailabilityService's circuit open
  it('shows the circuit breaker of a SecuTix service opening when the service fails', async () => {
    const circuit = async () => (await scrape(stack.gatewayMetricsUrl!)).value('stx_secutix_circuit_state', { service: 'AvailabilityService' });
    expect(await circuit()).not.toBe(2);
    const list = await stack.query(`{ products(first: 48) { edges { node { id } } } }`);
    const uncached: string[] = list.data.products.edges.map((e: any) => e.node.id).slice(20);
    await stack.sim.faults({ outage: true, operations: ['AvailabilityService.getProductAvailability'] });
    for (const id of uncached.slice(0, 3)) await stack.query(`{ product(id: "${id}") { availability { level } } }`);
    expect(await circuit()).toBe(2);
    await stack.sim.faults({});
  });
});
