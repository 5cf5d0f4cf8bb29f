import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator } from '@stx/secutix-sim';
import { backendEnv } from '@stx/secutix-runtime';
import { SimControl, freshDatabase, startRedisServer } from '@stx/testing';
import { concurrentOrder } from './concurrentOrder';
import { driveLoad } from './drive';
import { ensureHaproxy, startHaproxy } from './haproxy';
import { SUBGRAPHS, planTopology, startReplica, type Replica } from './topology';

const ROOT = join(__dirname, '..', '..');
const TMP = join(ROOT, 'tmp', 'replicas');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 180);
/** `--only-restart=gateway` restarts only that app's replicas (to narrow down a failure) */
const ONLY = process.argv.find((a) => a.startsWith('--only-restart='))?.split('=')[1];
const CONNECTIONS = arg('connections', 10);
const ORDER_COPIES = arg('order-copies', 12);
const SECUTIX_LIMIT = 180;

interface PhaseResult {
  label: string;
  processes: number;
  restarts: number;
  minutes: number;
  requests: number;
  failed: number;
  rps: number;
  secutixCalls: number;
  callsPerMinute: number;
  ordersCreated?: number;
  orderAnswers?: string;
}

/**
 * `npm run replicas`: the product as separate processes behind HAProxy with one Redis, against
 * the simulator (SecuTix's latency and rate limits). First one replica of each app under load,
 * then 3 gateways and 2 of each subgraph under the same load while every replica is restarted
 * in turn (SIGTERM, drain, start again), then one createOrder sent 12 times at once with one
 * idempotency key. Prints failed requests, SecuTix calls per minute and orders created.
 */
async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  ensureHaproxy();
  const redis = await startRedisServer();
  const sim = await startSimulator({ port: 0, latency: 'realistic' });
  const simControl = new SimControl(sim.url);
  const db = await freshDatabase();
  const secrets = { IDENTITY_SECRET: randomBytes(32).toString('base64url'), AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url') };
  const results: PhaseResult[] = [];
  try {
    results.push(await phase('1 gateway, 1 of each subgraph', 1, 1, false));
    results.push(await phase('3 gateways, 2 of each subgraph, every replica restarted under load', 3, 2, true));
  } finally {
    await sim.close();
    await redis.stop();
    await db.drop().catch(() => undefined);
  }
  const table = [
    '| run | processes | restarts | minutes | requests | failed | req/s | SecuTix calls | SecuTix calls/min (limit 180) | orders for 1 key sent 12× at once |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.label} | ${r.processes} | ${r.restarts} | ${r.minutes.toFixed(1)} | ${r.requests} | ${r.failed} | ${r.rps.toFixed(0)} | ${r.secutixCalls} | ${r.callsPerMinute.toFixed(1)} | ${r.ordersCreated ?? ''}${r.orderAnswers ? ` (${r.orderAnswers})` : ''} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  writeFileSync(join(TMP, 'latest.md'), `${table}\n`);
  const b = results[1];
  const ok = results.every((r) => r.failed === 0) && b.ordersCreated === 1 && results.every((r) => r.callsPerMinute < SECUTIX_LIMIT);
  process.exit(ok ? 0 : 1);

  async function phase(label: string, gateways: number, perSubgraph: number, restart: boolean): Promise<PhaseResult> {
    console.log(`\n== ${label}`);
    const { replicas, frontends } = await planTopology(gateways, perSubgraph);
    const lb = startHaproxy(join(TMP, `haproxy-${gateways}x${perSubgraph}.cfg`), frontends);
    const front = (app: string) => `http://127.0.0.1:${frontends.find((f) => f.name === app)!.port}`;
    const env: Record<string, string> = {
      ...secrets,
      ...backendEnv({ url: sim.url, ...sim.credentials }),
      REDIS_URL: redis.url,
      DATABASE_URL: db.url,
      // each run starts as cold as the other
      CACHE_NAMESPACE: `replicas:${randomUUID()}`,
      // every request reaches the subgraphs: the gateway's whole-answer cache would hide them
      GATEWAY_RESPONSE_CACHE_SECONDS: '0',
      // longer than the balancer takes to see a 503 (two checks a second apart)
      SHUTDOWN_DELAY_SECONDS: '4',
      SHUTDOWN_GRACE_SECONDS: '5',
      TICKETS_PUBLIC_URL: front('tickets'),
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.toUpperCase()}_URL`, `${front(s)}/graphql`])),
    };
    try {
      const started = Date.now();
      await Promise.all(replicas.filter((r) => r.app !== 'gateway').map((r) => startReplica(r, env)));
      await Promise.all(replicas.filter((r) => r.app === 'gateway').map((r) => startReplica(r, env)));
      await waitUntil(async () => (await fetch(`${front('gateway')}/ready`).catch(() => undefined))?.status === 200, 30_000);
      console.log(`${replicas.length} processes ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      await simControl.reset();
      const t0 = Date.now();
      const load = driveLoad(front('gateway'), CONNECTIONS);
      let restarts = 0;
      const exitCodes: string[] = [];
      if (restart) {
        for (const replica of order(replicas).filter((r) => !ONLY || r.app === ONLY)) {
          const code = await replica.process!.stop();
          if (code !== 0) exitCodes.push(`${replica.name} exited ${code}`);
          await startReplica(replica, env);
          await new Promise((r) => setTimeout(r, 2500)); // two health checks: back in the balancer
          restarts++;
          console.log(`restarted ${replica.name} (${restarts}/${replicas.length})`);
        }
        const elapsed = Date.now() - t0;
        if (elapsed < SECONDS * 1000) await new Promise((r) => setTimeout(r, SECONDS * 1000 - elapsed));
      } else {
        await new Promise((r) => setTimeout(r, SECONDS * 1000));
      }
      const result = await load.stop();
      const minutes = (Date.now() - t0) / 60_000;
      const secutixCalls = await simControl.total();
      const phaseResult: PhaseResult = { label, processes: replicas.length, restarts, minutes, ...result, secutixCalls, callsPerMinute: secutixCalls / minutes };
      if (restart) {
        const orders = await concurrentOrder(`${front('gateway')}/graphql`, ORDER_COPIES);
        const created = Object.entries(await simControl.calls()).filter(([k]) => k.endsWith('.createOrUpdateOrder')).reduce((sum, [, n]) => sum + n, 0);
        phaseResult.ordersCreated = created;
        phaseResult.orderAnswers = `${ORDER_COPIES - orders.failed} answers, ${orders.orderIds.length} order id`;
      }
      if (exitCodes.length > 0) console.log(`not a clean drain: ${exitCodes.join(', ')}`);
      console.log(JSON.stringify(phaseResult));
      if (result.failed > 0) console.log('failures', JSON.stringify(result.failures), '\n' + result.samples.join('\n'));
      return phaseResult;
    } finally {
      await Promise.all(replicas.map((r) => r.process?.stop()));
      lb.kill('SIGTERM');
    }
  }
}

/** gateways first, then each subgraph's replicas: one at a time, as a rolling update does */
function order(replicas: Replica[]): Replica[] {
  return [...replicas.filter((r) => r.app === 'gateway'), ...replicas.filter((r) => r.app !== 'gateway')];
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the gateway frontend never became ready');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
