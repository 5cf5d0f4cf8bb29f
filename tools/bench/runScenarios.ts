import type { CallCounter } from './calls/CallCounter';
import { untilAnswered } from './load/untilAnswered';
import { measureRun } from './measureRun';
import { errorFigures, type BenchResults, type ScenarioFigures } from './results';
import { scenarios, type Scenario } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { BenchEnvironment } from './systems/BenchEnvironment';
import { startSystem, type RunningSystem } from './systems/startSystem';
import type { SystemName } from './systems/systemNames';

/**
 * Every system on every scenario. Cold: the simulator's counters and rate-limit windows are reset
 * and the system's processes are fresh (empty in-memory caches), so the window pays the catalog
 * snapshot and the first availability calls. Warm: the same processes after a warm-up.
 */
export async function runScenarios(settings: BenchSettings, env: BenchEnvironment, counter: CallCounter, log: (line: string) => void): Promise<BenchResults['scenarios']> {
  const began = Date.now();
  const elapsed = () => `${Math.round((Date.now() - began) / 1000)}s`.padStart(5);
  const out: BenchResults['scenarios'] = {};
  const unavailable = new Map<string, string>();
  // a system that did not start once is not tried again: its figures are errors with the reason
  const startCounted = async (systemName: SystemName) => {
    await counter.reset();
    const since = await counter.start();
    try {
      return Object.assign(await startSystem(systemName, env, log), { since });
    } catch (err) {
      unavailable.set(systemName, `did not start: ${(err as Error).message}`.slice(0, 500));
      log(`  ${systemName}: ${unavailable.get(systemName)}`);
      return undefined;
    }
  };
  for (const systemName of settings.systems) {
    for (const scenarioName of settings.scenarios) {
      const scenario = scenarios[scenarioName];
      const { warm, cold } = (out[scenarioName] ??= { warm: {}, cold: {} }) as Required<ScenarioFigures>;
      const system = unavailable.has(systemName) ? undefined : await startCounted(systemName);
      if (!system) {
        cold[systemName] = warm[systemName] = errorFigures(unavailable.get(systemName)!);
        continue;
      }
      try {
        const bodies = bodiesFor(scenario, system);
        if (!bodies) {
          cold[systemName] = warm[systemName] = errorFigures('n/a: the scenario has no part the catalog subgraph answers alone');
          continue;
        }
        const run = { connections: settings.connections, counter };
        const headers = () => scenario.headers?.({ system, env });
        cold[systemName] = await measureRun(system, bodies, { ...run, seconds: 0, amount: settings.coldRequests, callsSince: system.since, headers: await headers() });
        await untilAnswered(system.url, bodies[0], await headers());
        await measureRun(system, bodies, { ...run, seconds: settings.warmupSeconds, headers: await headers() });
        const w = (warm[systemName] = await measureRun(system, bodies, { ...run, seconds: settings.warmSeconds, headers: await headers() }));
        log(`  ${elapsed()} ${scenarioName.padEnd(8)} ${systemName.padEnd(22)} warm ${w.rps} rps, p99 ${w.p99} ms, ${w.cpuMsPerRequest} CPU ms/req (subgraphs ${w.subgraphsCpuMsPerRequest ?? '-'}), ${w.errors} errors, ${w.secutixCallsPerRequest} calls/req`);
      } finally {
        await system.close();
      }
    }
  }
  return out;
}

/** what a system is sent: the gateway query, or for `direct` the catalog subgraph's part (none for some scenarios) */
export function bodiesFor(scenario: Scenario, system: RunningSystem): string[] | undefined {
  return system.level === 'gateway' ? scenario.gatewayBodies() : scenario.directBodies?.();
}
