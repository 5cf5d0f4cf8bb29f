import { availableParallelism, loadavg } from 'node:os';
import { readRssMb } from '../../processes/readRssMb';
import type { ChaosStack } from '../ChaosStack';
import { codes, leaks, send, tally, wait } from '../graphql';
import { FUZZ_KINDS, generateRequests } from '../fuzz/generateRequests';
import { readPage } from '../pages';
import type { Row } from '../report/Row';
import type { ChaosSettings } from '../settings';

const SCENARIO = 'fuzzed requests';
/**
 * "No request can stall the gateway": no answer, however hostile the request, takes longer (the
 * fragment diamond of issue 11 took 6-8 s). Wall time on a shared machine, so not tighter.
 */
const SLOWEST_MS = 5000;
/** a liveness probe must keep answering while the fuzz runs */
const HEALTH_MS = 2000;
/** ordinary reads before the baseline: the gateway's heap is flat from 200 on, and a quick run's fuzz is 1,000 */
const WARM_READS_MAX = 2000;

/**
 * Hostile requests from a seeded generator (random and mutated documents, deep, wide, aliased,
 * fragment diamonds and cycles, garbage bodies, huge variables, wrong content types and methods,
 * batches, bad persisted-query hashes, introspection and directive floods), bounded in count and
 * time, sent concurrently. Nothing may crash, answer 5xx, stall, leak, or leave the gateway's
 * memory more than 20 % above its warm baseline.
 */
export async function fuzz(stack: ChaosStack, settings: ChaosSettings, log: (l: string) => void): Promise<Row[]> {
  const gatewayPid = stack.process('gateway').pid;
  // warm baseline: as many ordinary reads as hostile requests follow (up to 2,000), sent as the fuzz
  // is, so the baseline is the working gateway's, not a cold one's; then measured as the end is
  const warmReads = Math.min(settings.fuzzRequests, WARM_READS_MAX);
  let read = 0;
  await Promise.all(Array.from({ length: settings.fuzzConcurrency }, async () => {
    while (read < warmReads) await readPage(stack.gatewayUrl, read++);
  }));
  const before = await settledMemory(stack, gatewayPid);
  const rssBefore = before.rss;

  const requests = generateRequests(settings.seed, settings.fuzzRequests);
  const statuses: number[] = [];
  const noAnswer: string[] = [];
  const internalErrors: string[] = [];
  const leaking: string[] = [];
  const slowest: { ms: number; kind: string; bytes: number }[] = [];
  let healthWorst = 0;
  let healthFailures = 0;
  let rssPeak = rssBefore;
  const started = Date.now();
  const deadline = started + settings.fuzzMaxSeconds * 1000;
  let running = true;

  const health = (async () => {
    while (running) {
      const answer = await send(`${stack.url('gateway')}/health`, { method: 'GET' }, 10_000);
      healthWorst = Math.max(healthWorst, answer.ms);
      if (answer.status !== 200) healthFailures++;
      rssPeak = Math.max(rssPeak, (await readRssMb(gatewayPid)) ?? 0);
      await wait(200);
    }
  })();
  const workers = Array.from({ length: settings.fuzzConcurrency }, async () => {
    for (let item = requests.next(); !item.done && Date.now() < deadline; item = requests.next()) {
      const { kind, request } = item.value;
      const answer = await send(stack.gatewayUrl, request, 30_000);
      statuses.push(answer.status);
      slowest.push({ ms: answer.ms, kind, bytes: (request.body ?? '').length });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (answer.status === 0) noAnswer.push(`${kind}: ${answer.failure}`);
      if (codes(answer).includes('INTERNAL_SERVER_ERROR')) internalErrors.push(kind);
      if (leaks(answer)) leaking.push(kind);
    }
  });
  await Promise.all(workers);
  running = false;
  await health;
  const seconds = (Date.now() - started) / 1000;
  await wait(3000);
  const rssUncollected = (await readRssMb(gatewayPid)) ?? NaN;
  const after = await settledMemory(stack, gatewayPid);
  const rssAfter = after.rss;
  const crashed = stack.crashed();
  const fivexx = statuses.filter((s) => s >= 500).length;
  log(`fuzz: gateway after ${warmReads} ordinary reads: RSS ${rssBefore} MB, heap used ${before.heapUsed} MB; after the fuzz: peak ${rssPeak} MB, 3 s after ${rssUncollected} MB, after a full GC ${rssAfter} MB, heap used ${after.heapUsed} MB`);
  log(`fuzz: ${statuses.length} requests in ${seconds.toFixed(0)} s over ${FUZZ_KINDS.length} kinds; statuses ${tally(statuses.map(String))}; INTERNAL_SERVER_ERROR ${tally(internalErrors)}; leaks ${tally(leaking)}; no answer ${tally(noAnswer)}; slowest ${slowest.map((s) => `${s.kind} ${s.bytes} B ${s.ms.toFixed(0)} ms`).join(', ')}`);

  const sent = statuses.length;
  return [
    { scenario: SCENARIO, measure: 'requests sent (seeded, every kind in turn)', figure: `${sent} in ${seconds.toFixed(0)} s`, requirement: `${settings.fuzzRequests} within ${settings.fuzzMaxSeconds} s`, pass: sent === settings.fuzzRequests },
    { scenario: SCENARIO, measure: 'crashes (a process exited, or a request got no answer)', figure: `${crashed.length + noAnswer.length}${crashed.length ? `: ${crashed.join('; ')}` : ''}${noAnswer.length ? ` (${tally(noAnswer)})` : ''}`, requirement: '0', pass: crashed.length === 0 && noAnswer.length === 0 },
    { scenario: SCENARIO, measure: '5xx answers', figure: String(fivexx), requirement: '0', pass: fivexx === 0 },
    { scenario: SCENARIO, measure: 'INTERNAL_SERVER_ERROR answers (by kind)', figure: internalErrors.length ? `${internalErrors.length}: ${tally(internalErrors)}` : '0', requirement: '0: bad input gets a coded error', pass: internalErrors.length === 0 },
    { scenario: SCENARIO, measure: 'answers carrying an internal URL, stack or raw body', figure: leaking.length ? `${leaking.length}: ${tally(leaking)}` : '0', requirement: '0', pass: leaking.length === 0 },
    { scenario: SCENARIO, measure: 'slowest answer', figure: `${slowest[0].ms.toFixed(0)} ms (${slowest[0].kind}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`, requirement: `under ${SLOWEST_MS} ms`, pass: slowest[0].ms < SLOWEST_MS },
    { scenario: SCENARIO, measure: 'slowest /health meanwhile', figure: `${healthWorst.toFixed(0)} ms${healthFailures ? `, ${healthFailures} failed` : ''}`, requirement: `under ${HEALTH_MS} ms`, pass: healthWorst < HEALTH_MS && healthFailures === 0 },
    {
      scenario: SCENARIO,
      measure: `gateway RSS, each after a full GC: after ${warmReads} ordinary reads → peak → after the fuzz (heap used)`,
      figure: `${rssBefore.toFixed(0)} → ${rssPeak.toFixed(0)} → ${rssAfter.toFixed(0)} MB (${(((rssAfter - rssBefore) / rssBefore) * 100).toFixed(0)} %; heap ${before.heapUsed.toFixed(0)} → ${after.heapUsed.toFixed(0)} MB; ${rssUncollected.toFixed(0)} MB 3 s after, before the GC)`,
      requirement: 'after within 20 % of the baseline',
      pass: rssAfter <= rssBefore * 1.2,
    },
  ];
}

/**
 * The gateway's resident memory with no garbage left: a full GC, then 2 s for V8 to hand the freed
 * pages back. Baseline and end are measured the same way, so what is compared is what the gateway
 * keeps (caches, leaks, allocator fragmentation), not how far V8 had got collecting (an idle
 * gateway collects by itself 30-50 s after a load: README "Reliability").
 */
async function settledMemory(stack: ChaosStack, pid: number): Promise<{ rss: number; heapUsed: number }> {
  await stack.collectGatewayGarbage();
  await wait(2000);
  const rss = (await readRssMb(pid)) ?? NaN;
  const metrics = await fetch(stack.gatewayMetricsUrl()).then((r) => r.text(), () => '');
  const heapBytes = Number(/^stx_nodejs_heap_size_used_bytes (\S+)/m.exec(metrics)?.[1] ?? NaN);
  return { rss, heapUsed: Math.round(heapBytes / 1048576) };
}
