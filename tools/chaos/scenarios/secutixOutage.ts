import { randomUUID } from 'node:crypto';
import type { ChaosStack } from '../ChaosStack';
import { query, tally, wait } from '../graphql';
import { CREATE_ORDER, type Tariff } from '../pages';
import { Readers } from '../Readers';
import type { Row } from '../report/Row';
import type { ChaosSettings } from '../settings';

const SCENARIO = 'SecuTix outage';
const BACKGROUND = ['CatalogService.getLastSetupUpdate', 'AvailabilityService.getUpdatedAvailabilities'];

/**
 * SecuTix stops answering (the simulator's injected outage: HTTP 503 on every call) while shoppers
 * read and a buyer keeps trying to order. Reads must keep their last answers with `asOf`, the
 * background checks must stay at their configured rate, and orders must be refused as a retryable
 * UPSTREAM_UNAVAILABLE (issue 11: "Outages cost SecuTix nothing extra").
 */
export async function secutixOutage(stack: ChaosStack, settings: ChaosSettings, ctx: { token: string; tariff: Tariff }, log: (l: string) => void): Promise<Row[]> {
  const auth = { authorization: `Bearer ${ctx.token}` };
  const order = () => query(stack.gatewayUrl, CREATE_ORDER, { input: { items: [{ ...ctx.tariff, quantity: 1 }] }, key: randomUUID() }, auth);
  const before = await stack.sim.calls();
  await stack.sim.faults({ outage: true });
  const started = Date.now();
  const readers = new Readers(stack.gatewayUrl, settings.readers);
  const orderAnswers: string[] = [];
  try {
    while (Date.now() - started < settings.outageSeconds * 1000) {
      const answer = await order();
      const error = answer.body?.errors?.[0];
      const created = answer.body?.data?.createOrder?.order?.id;
      orderAnswers.push(created ? 'order created' : error ? `${error.extensions?.code}${error.extensions?.retryable === true ? ' (retryable)' : ''}` : answer.failure ?? `HTTP ${answer.status}`);
      await wait(3000);
    }
  } finally {
    await stack.sim.faults({});
  }
  const reads = await readers.stop();
  const minutes = (Date.now() - started) / 60_000;
  const after = await stack.sim.calls();
  const made = (op: string) => (after[op] ?? 0) - (before[op] ?? 0);
  const allowed = Math.ceil((minutes * 60) / settings.backgroundCheckSeconds) + 1;
  const totalCalls = Object.keys(after).filter((k) => k.includes('.')).reduce((sum, k) => sum + made(k), 0);
  log(`outage: ${reads.requests} reads, orders ${tally(orderAnswers)}, SecuTix calls ${JSON.stringify(Object.fromEntries(Object.keys(after).map((k) => [k, made(k)]).filter(([, n]) => n)))}`);

  // the buyer's next order once SecuTix is back: the order service's circuit must close again
  const back = Date.now();
  let recoveredAfter: number | undefined;
  while (Date.now() - back < 90_000) {
    const answer = await order();
    if (answer.body?.data?.createOrder?.order?.id) {
      recoveredAfter = (Date.now() - back) / 1000;
      break;
    }
    await wait(1000);
  }

  const pct = reads.requests ? ((100 * reads.withAsOf) / reads.requests).toFixed(1) : '0';
  const retryableUnavailable = orderAnswers.filter((a) => a === 'UPSTREAM_UNAVAILABLE (retryable)').length;
  const rows: Row[] = [
    { scenario: SCENARIO, measure: `reads answered with asOf (${(minutes * 60).toFixed(0)} s outage)`, figure: `${reads.withAsOf} of ${reads.requests} (${pct} %)`, requirement: 'all', pass: reads.requests > 0 && reads.withAsOf === reads.requests },
    ...BACKGROUND.map((op) => ({
      scenario: SCENARIO,
      measure: `background ${op.split('.')[1]} per minute`,
      figure: `${(made(op) / minutes).toFixed(1)} (${made(op)} calls)`,
      requirement: `at most its configured rate: 1 per ${settings.backgroundCheckSeconds} s (≤ ${allowed} calls)`,
      pass: made(op) <= allowed,
    })),
    { scenario: SCENARIO, measure: 'all SecuTix calls per minute', figure: (totalCalls / minutes).toFixed(1), requirement: 'under SecuTix\'s 180', pass: totalCalls / minutes < 180 },
    { scenario: SCENARIO, measure: 'createOrder answers', figure: tally(orderAnswers), requirement: 'UPSTREAM_UNAVAILABLE, retryable', pass: orderAnswers.length > 0 && retryableUnavailable === orderAnswers.length },
    { scenario: SCENARIO, measure: 'first order accepted after SecuTix is back', figure: recoveredAfter === undefined ? 'none within 90 s' : `${recoveredAfter.toFixed(1)} s`, requirement: 'within 60 s (the circuit\'s open time, then a probe)', pass: recoveredAfter !== undefined && recoveredAfter <= 60 },
  ];
  return rows;
}
