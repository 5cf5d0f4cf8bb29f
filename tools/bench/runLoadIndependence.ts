import type { CallCounter } from './calls/CallCounter';
import { untilAnswered } from './load/untilAnswered';
import { measureRun } from './measureRun';
import type { BenchResults, LoadLevel } from './results';
import { scenarios } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { BenchEnvironment } from './systems/BenchEnvironment';
import { startSystem } from './systems/startSystem';

/**
 * Our stack, warm, on the home page at each load level for the same duration: SecuTix calls per
 * minute should not follow the load (background syncs included, as they are part of the cost).
 */
export async function runLoadIndependence(settings: BenchSettings, env: BenchEnvironment, counter: CallCounter, log: (line: string) => void): Promise<BenchResults['loadIndependence']> {
  await counter.reset();
  const system = await startSystem('ours', env, log);
  try {
    const bodies = scenarios.home.gatewayBodies();
    // warm means the catalog is loaded: a window during its download counts its calls as load's
    await untilAnswered(system.url, bodies[0]);
    await measureRun(system, bodies, { connections: settings.connections, seconds: settings.warmupSeconds, counter });
    const levels: LoadLevel[] = [];
    for (const connections of settings.loadLevels) {
      const f = await measureRun(system, bodies, { connections, seconds: settings.loadSeconds, counter });
      const calls = Object.values(f.secutixCalls ?? {}).reduce((a, b) => a + b, 0);
      levels.push({ connections, seconds: settings.loadSeconds, requests: f.requests ?? 0, rps: f.rps ?? 0, p99: f.p99 ?? 0, secutixCalls: calls, secutixCallsPerMinute: f.secutixCallsPerMinute ?? 0 });
      log(`  load ${connections} connections: ${f.rps} rps, ${f.secutixCallsPerMinute} SecuTix calls/min`);
    }
    return {
      scenario: 'home',
      system: 'ours',
      levels,
      secutixLimits: { all: '180 calls a minute per institution', catalog: 'one getCatalogDetailed per 10 minutes', availability: 'about once a minute' },
    };
  } finally {
    await system.close();
  }
}
