import type { CallCounter } from './calls/CallCounter';
import { measureRun } from './measureRun';
import { errorFigures, type BenchResults } from './results';
import { scenarios } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { BenchEnvironment } from './systems/BenchEnvironment';
import { startSystem } from './systems/startSystem';

const began = Date.now();
const elapsed = () => `${Math.round((Date.now() - began) / 1000)}s`.padStart(5);

/**
 * Every system on every scenario. Cold: the simulator's counters and rate-limit windows are reset
 * and the system's processes are fresh (empty in-memory caches), so the window pays the catalog
 * snapshot and the first availability calls. Warm: the same processes after a warm-up.
 */
export async function runScenarios(settings: BenchSettings, env: BenchEnvironment, counter: CallCounter, log: (line: string) => void): Promise<BenchResults['scenarios']> {
  const out: BenchResults['scenarios'] = {};
  const unavailable = new Map<string, string>();
  for (const systemName of settings.systems) {
    for (const scenarioName of settings.scenarios) {
      const scenario = scenarios[scenarioName];
      const entry = (out[scenarioName] ??= { warm: {}, cold: {} });
      const known = unavailable.get(systemName);
      if (known) {
        entry.cold![systemName] = entry.warm![systemName] = errorFigures(known);
        continue;
      }
      await counter.reset();
      const since = await counter.start();
      let system;
      try {
        system = await startSystem(systemName, env, log);
      } catch (err) {
        const reason = `did not start: ${(err as Error).message}`.slice(0, 500);
        log(`  ${systemName}: ${reason}`);
        unavailable.set(systemName, reason);
        entry.cold![systemName] = entry.warm![systemName] = errorFigures(reason);
        continue;
      }
      try {
        const bodies = system.level === 'gateway' ? scenario.gatewayBodies(settings.products) : scenario.directBodies(settings.products);
        const run = { connections: settings.connections, counter };
        entry.cold![systemName] = await measureRun(system, bodies, { ...run, seconds: 0, amount: settings.coldRequests, callsSince: since });
        await measureRun(system, bodies, { ...run, seconds: settings.warmupSeconds });
        entry.warm![systemName] = await measureRun(system, bodies, { ...run, seconds: settings.warmSeconds });
        const w = entry.warm![systemName]!;
        log(`  ${elapsed()} ${scenarioName.padEnd(8)} ${systemName.padEnd(22)} warm ${w.rps} rps, p99 ${w.p99} ms, ${w.errors} errors, ${w.secutixCallsPerRequest} calls/req`);
      } finally {
        await system.close();
      }
    }
  }
  return out;
}
