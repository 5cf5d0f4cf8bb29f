/**
 * What a finished request leaves for V8's young-generation collections: our gateway (response
 * cache off) answers a batch of requests, idles a second, then two young-generation collections
 * run. What they promote to the old generation, less what the next full collection frees, was
 * still reachable for them though garbage for a full one: kept alive from the old generation
 * (README, benchmark findings). Each promoted byte is copied twice under load and lengthens every
 * scavenge pause.
 *
 *   npx tsx tools/bench/profile/retention.ts [--requests=120] [--concurrency=1,10] [--query=home|typename]
 *
 * 120 requests stay under one young generation (64 MB), so no collection runs inside the batch.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@stx/testing';
import { servicesBuilt } from '../../build/buildServices';
import { startSimulatorProcess } from '../processes/startSimulatorProcess';
import { home } from '../scenarios/home';
import { newSecrets } from '../systems/BenchEnvironment';
import { startSystem } from '../systems/startSystem';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

async function main(): Promise<void> {
  const requests = Number(arg('requests', '120'));
  const concurrencies = arg('concurrency', '1,10').split(',').map(Number);
  const body = arg('query', 'home') === 'typename' ? JSON.stringify({ query: '{ __typename }' }) : home.gatewayBodies()[0]!;
  const probePort = await freePort();
  process.env.GC_PROBE_PORT = String(probePort);
  process.env.BENCH_GATEWAY_NODE_ARGS = `-r ${join(__dirname, 'gcProbe.js')}`;
  await servicesBuilt();
  const sim = await startSimulatorProcess({ products: 48, latency: 'realistic' });
  const system = await startSystem('ours-no-response-cache', { simulatorUrl: sim.url, secrets: newSecrets(), tmpDir: mkdtempSync(join(tmpdir(), 'stx-retention-')), peerNodeFlags: [] }, console.log);
  const probe = async (gc: 'major' | 'minor2') => (await (await fetch(`http://127.0.0.1:${probePort}/?gc=${gc}`)).json()) as { before: number; after: number };
  const batch = async (count: number, concurrency: number) => {
    let sent = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent++ < count) await (await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
      }),
    );
  };
  try {
    await batch(3000, 10);
    console.log(`gateway, response cache off, ${requests} requests a batch, 1 s idle after it (KB per request)`);
    for (const concurrency of concurrencies)
      for (let round = 0; round < 2; round++) {
        await probe('major');
        const start = await probe('minor2');
        await batch(requests, concurrency);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const minor = await probe('minor2');
        const major = await probe('major');
        const kb = (bytes: number) => (bytes / requests / 1024).toFixed(1);
        console.log(`  ${concurrency} connection(s): old generation grew ${kb(minor.before - start.after)} during the batch; the young collections promoted ${kb(minor.after - minor.before)}; the full collection freed ${kb(major.before - major.after)}`);
      }
  } finally {
    await system.close();
    await sim.service.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
