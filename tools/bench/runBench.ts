import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices, PRODUCTION_NODE_FLAGS } from '../build/buildServices';
import { buildBenchSubgraphs } from './systems/startSubgraphs';
import { CallCounter } from './calls/CallCounter';
import { describeMachine } from './machine';
import { startSimulatorProcess } from './processes/startSimulatorProcess';
import { checkTargets } from './report/checkTargets';
import { writeResults } from './report/writeResults';
import type { BenchResults } from './results';
import { runLoadIndependence } from './runLoadIndependence';
import { runRounds } from './runRounds';
import { runScale } from './runScale';
import { runScenarios } from './runScenarios';
import { seedAccount } from './scenarios/seedAccount';
import { startSystem } from './systems/startSystem';
import type { BenchSettings } from './settings';
import { newSecrets, type BenchEnvironment } from './systems/BenchEnvironment';

/**
 * The benchmark's core, for `main.ts` and the smoke test: one simulator for the scenario runs,
 * systems one after the other (never two under load at once), then load independence and scale.
 */
export async function runBench(settings: BenchSettings, log: (line: string) => void = () => {}): Promise<BenchResults> {
  const machine = describeMachine();
  const tmpDir = mkdtempSync(join(tmpdir(), 'stx-bench-'));
  const sim = await startSimulatorProcess({ products: settings.products, latency: settings.latencyProfile });
  const env: BenchEnvironment = { simulatorUrl: sim.url, secrets: newSecrets(), tmpDir, peerNodeFlags: settings.peerNodeFlags === 'production' ? PRODUCTION_NODE_FLAGS : [] };
  const counter = new CallCounter(sim.url);
  const results: BenchResults = {
    machine,
    settings: { ...settings, cold: 'fresh processes (empty in-memory caches, no Redis) and simulator counters and rate-limit windows reset', naive: 'CACHING=off (availability uncached, one call per id, no call budget of ours) and no response cache; the catalog is still loaded once, as SecuTix allows one getCatalogDetailed per 10 minutes' },
    scenarios: {},
  };
  const started = Date.now();
  // our gateway and the subgraphs every system runs over run as in production: bundles of the sources as they are now
  await Promise.all([buildServices(['gateway']), buildBenchSubgraphs()]);
  try {
    log(`simulator ${sim.url} (${settings.products} products, ${settings.latencyProfile} latency)`);
    const publicPages = { ...settings, scenarios: settings.scenarios.filter((s) => s !== 'account') };
    if (publicPages.scenarios.length) {
      results.scenarios = await runScenarios(publicPages, env, counter, log);
      if (settings.rounds > 1) await runRounds(publicPages, env, counter, results.scenarios, log);
    }
    if (settings.scenarios.includes('account')) Object.assign(results.scenarios, await runAccount({ ...settings, scenarios: ['account'] }, env, log));
    if (settings.loadLevels.length) results.loadIndependence = await runLoadIndependence(settings, env, counter, log);
  } finally {
    await sim.service.stop();
  }
  try {
    if (settings.scaleProducts.length) Object.assign(results, await runScale(settings, env, log));
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  results.targets = checkTargets(results);
  results.machine.durationSeconds = Math.round((Date.now() - started) / 1000);
  writeResults(results, settings.outDir);
  return results;
}

/**
 * The logged-in page on a simulator of its own, without latency or rate limits and with our call
 * budget lifted, one caller's share included (the bench is one contact): it costs SecuTix about half a call per page (contact data is never cached), so
 * SecuTix's 180 calls a minute would otherwise be what every system measures, not the gateway.
 */
async function runAccount(settings: BenchSettings, base: BenchEnvironment, log: (line: string) => void): Promise<BenchResults['scenarios']> {
  const sim = await startSimulatorProcess({ products: settings.products, latency: 'none', rateLimits: 'off' });
  try {
    const env: BenchEnvironment = { ...base, simulatorUrl: sim.url, subgraphEnv: { SECUTIX_CALLS_PER_MINUTE: '10000', SECUTIX_CALLS_PER_CALLER_PER_MINUTE: '10000', AVAILABILITY_CALLS_PER_MINUTE: '10000', LOGIN_ATTEMPTS_PER_ACCOUNT: '1000', LOGIN_ATTEMPTS_PER_CLIENT: '1000' } };
    const counter = new CallCounter(sim.url);
    const seeder = await startSystem('ours', env, log);
    try {
      await seedAccount(seeder.url);
      log('account: 2 paid orders with tickets bought for the demo contact (simulator without latency or rate limits)');
    } finally {
      await seeder.close();
    }
    const out = await runScenarios(settings, env, counter, log);
    if (settings.rounds > 1) await runRounds(settings, env, counter, out, log);
    return out;
  } finally {
    await sim.service.stop();
  }
}
