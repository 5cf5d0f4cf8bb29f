import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import type { ChaosStack } from '../ChaosStack';
import { query, tally, wait, type Answer } from '../graphql';
import { CREATE_ORDER, LOGIN, PERFORMANCE, type Tariff } from '../pages';
import { Readers } from '../Readers';
import type { Row } from '../report/Row';
import type { ChaosSettings } from '../settings';

const SCENARIO = 'Redis killed, restarted under load';

/**
 * Redis dies under read load and comes back empty. Reads must not fail (the cache treats Redis
 * errors as misses), concurrent retries of one order must never make a second order (while Redis
 * is down the coordination store cannot know, so the order is refused as retryable
 * UPSTREAM_UNAVAILABLE), login throttling must keep counting, and availability must refresh
 * again after the restart (the watched products are rebuilt: a sale shows within a sync period).
 */
export async function redisRestart(stack: ChaosStack, settings: ChaosSettings, ctx: { token: string; tariff: Tariff; freshness: Tariff }, log: (l: string) => void): Promise<Row[]> {
  const auth = { authorization: `Bearer ${ctx.token}` };
  const readers = new Readers(stack.gatewayUrl, settings.readers);
  await wait(3000);

  await stack.killRedis();
  const downAt = Date.now();
  log('redis-server killed');
  const whileDown = await sameKeyOrders(stack, ctx.tariff, auth, settings.concurrentOrders);
  const throttled = await wrongPasswords(stack, 12);
  const downFor = settings.redisDownSeconds * 1000 - (Date.now() - downAt);
  if (downFor > 0) await wait(downFor);
  await stack.restartRedis();
  log(`redis-server back after ${((Date.now() - downAt) / 1000).toFixed(0)} s`);
  await wait(3000);
  const afterRestart = await sameKeyOrders(stack, ctx.tariff, auth, settings.concurrentOrders);

  // freshness: a performance read (and so watched) after the restart, then sold out in SecuTix
  const perf = () => query(stack.gatewayUrl, PERFORMANCE, { id: ctx.freshness.performanceId });
  const first = await perf();
  const levelBefore = first.body?.data?.performance?.availability?.level;
  await stack.sim.sell(ctx.freshness.performanceId, 1_000_000);
  const soldAt = Date.now();
  const limitSeconds = 2 * settings.backgroundCheckSeconds;
  let soldOutAfter: number | undefined;
  while (Date.now() - soldAt < (limitSeconds + 30) * 1000) {
    const p = (await perf()).body?.data?.performance;
    if (p?.availability?.level === 'SOLD_OUT' && p.bookingUrl === null) {
      soldOutAfter = (Date.now() - soldAt) / 1000;
      break;
    }
    await wait(1000);
  }
  const reads = await readers.stop();
  log(`redis: reads ${reads.requests} (${reads.failed} failed: ${tally(reads.reasons)}); orders down ${JSON.stringify(whileDown)}, after ${JSON.stringify(afterRestart)}; login refusals ${throttled.refused}/${throttled.attempts}`);

  const duplicates = Math.max(0, whileDown.created - 1) + Math.max(0, afterRestart.created - 1);
  return [
    { scenario: SCENARIO, measure: 'failed reads (whole scenario)', figure: `${reads.failed} of ${reads.requests}${reads.failed ? `: ${tally(reads.reasons)}` : ''}`, requirement: '0', pass: reads.requests > 0 && reads.failed === 0 },
    {
      scenario: SCENARIO,
      measure: `duplicate orders, ${settings.concurrentOrders} concurrent + 1 retry with one key (twice: Redis down, Redis back)`,
      figure: `${duplicates} (orders made: ${whileDown.created} down, ${afterRestart.created} back)`,
      requirement: '0',
      pass: duplicates === 0,
    },
    { scenario: SCENARIO, measure: 'createOrder answers while Redis is down', figure: tally(whileDown.answers), requirement: 'UPSTREAM_UNAVAILABLE, retryable (no order)', pass: whileDown.created === 0 && whileDown.answers.every((a) => a === 'UPSTREAM_UNAVAILABLE (retryable)') },
    { scenario: SCENARIO, measure: 'createOrder answers once Redis is back', figure: tally(afterRestart.answers), requirement: 'one order, every answer gives it', pass: afterRestart.created === 1 && afterRestart.answers.length > 0 && afterRestart.answers.every((a) => a === 'same order') },
    { scenario: SCENARIO, measure: `wrong passwords refused while Redis is down (12 tries, one address)`, figure: `${throttled.refused} refused${throttled.other.length ? `; ${tally(throttled.other)}` : ''}`, requirement: 'refusals start (process-wide counter)', pass: throttled.refused > 0 },
    {
      scenario: SCENARIO,
      measure: 'sale in SecuTix shown after the restart (SOLD_OUT, no booking link)',
      figure: soldOutAfter === undefined ? `still ${levelBefore ?? 'unknown'} after ${limitSeconds + 30} s` : `${soldOutAfter.toFixed(1)} s`,
      requirement: `within ${limitSeconds} s (the next sync: one per ${settings.backgroundCheckSeconds} s)`,
      pass: soldOutAfter !== undefined && soldOutAfter <= limitSeconds,
    },
  ];
}

/**
 * `count` createOrder at once with one idempotency key, then one more with it (a client retrying
 * after a timeout). Orders made are counted by the simulator, not believed from the answers.
 */
async function sameKeyOrders(stack: ChaosStack, tariff: Tariff, auth: Record<string, string>, count: number): Promise<{ created: number; answers: string[] }> {
  const ordersBefore = await simOrders(stack);
  const key = randomUUID();
  const send = () => query(stack.gatewayUrl, CREATE_ORDER, { input: { items: [{ ...tariff, quantity: 1 }] }, key }, auth);
  const answers: Answer[] = await Promise.all(Array.from({ length: count }, send));
  answers.push(await send());
  const created = (await simOrders(stack)) - ordersBefore;
  const ids = new Set(answers.map((a) => a.body?.data?.createOrder?.order?.id).filter(Boolean));
  return {
    created,
    answers: answers.map((a) => {
      const id = a.body?.data?.createOrder?.order?.id;
      if (id) return ids.size === 1 ? 'same order' : `order ${id}`;
      const error = a.body?.errors?.[0];
      if (error) return `${error.extensions?.code}${error.extensions?.retryable === true ? ' (retryable)' : ''}`;
      const userError = a.body?.data?.createOrder?.userErrors?.[0]?.code;
      return userError ?? a.failure ?? `HTTP ${a.status}`;
    }),
  };
}

async function simOrders(stack: ChaosStack): Promise<number> {
  return (await stack.sim.orders()).length;
}

/** wrong passwords on bob's account from one address; how many were refused before SecuTix: by the login throttle (TOO_MANY_ATTEMPTS) or the address's share of the calls (THROTTLED) */
async function wrongPasswords(stack: ChaosStack, attempts: number): Promise<{ attempts: number; refused: number; other: string[] }> {
  let refused = 0;
  const other: string[] = [];
  for (let i = 0; i < attempts; i++) {
    const res = await query(stack.gatewayUrl, LOGIN, { e: DEMO_ACCOUNTS.buyers.bob.email, p: `redis-down-guess-${i}` }, { 'x-forwarded-for': '203.0.113.50' });
    const code = res.body?.data?.login?.userErrors?.[0]?.code ?? res.body?.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
    if (code === 'TOO_MANY_ATTEMPTS' || code === 'THROTTLED') refused++;
    else if (code !== 'INVALID_CREDENTIALS') other.push(code);
  }
  return { attempts, refused, other };
}
