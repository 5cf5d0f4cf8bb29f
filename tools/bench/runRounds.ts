import type { CallCounter } from './calls/CallCounter';
import { mergeSorted, percentile } from './load/percentile';
import { runLoad } from './load/runLoad';
import { untilAnswered } from './load/untilAnswered';
import { warmUp } from './load/warmUp';
import { measureRun } from './measureRun';
import { bodiesFor } from './runScenarios';
import type { BenchResults, Figures } from './results';
import { scenarios } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { BenchEnvironment } from './systems/BenchEnvironment';
import { startSystem, type RunningSystem } from './systems/startSystem';
import { turnOrder } from './turnOrder';

/**
 * Warm figures measured in turns: every system of a scenario runs at once (idle but for its
 * turn), and each gets `rounds` windows, one system after the other, so a shared machine's
 * background load falls on all of them alike. A system's rps and CPU are those of its median
 * window by rps; its latency percentiles are over every request of all its windows: a 4 s
 * window's p99 rests on its slowest 1% (about 30 answers of an uncached page), and moved by half
 * from one window to the next (one GC pause more or less), so the p99 of whichever window had the
 * median rps decided a "p99 no worse" by chance. SecuTix call counts stay those of the sequential
 * pass, where each system ran alone.
 * Each round starts with the next system (`turnOrder`): the machine settles during the first
 * round after every system has started, and the same systems must not always pay for it.
 * Each window follows `rewarmRequests` unmeasured answers: a system waits minutes for its first
 * turn (every other system's start and warm-up) and about a minute between turns, and held
 * alone, our gateway's first second of home pages after 60 s idle cost 3.3 ms of CPU each and
 * its third 1.7, as before the wait; the Rust planner's the same. Measured straight after the
 * wait, a window rated how recently a system had run (ours' first window of a complete run:
 * p99 124 ms, against 57 to 82 for its other four).
 */
export async function runRounds(settings: BenchSettings, env: BenchEnvironment, counter: CallCounter, out: BenchResults['scenarios'], log: (line: string) => void): Promise<void> {
  for (const scenarioName of settings.scenarios) {
    const warm = out[scenarioName]?.warm ?? {};
    const names = settings.systems.filter((name) => warm[name] && !warm[name]!.error);
    const systems: RunningSystem[] = [];
    try {
      const scenario = scenarios[scenarioName];
      const window = async (s: RunningSystem, seconds: number, latencies: number[][]) => {
        const bodies = bodiesFor(scenario, s)!;
        const headers = await scenario.headers?.({ system: s, env });
        if (settings.rewarmRequests > 0) await runLoad({ url: s.url, bodies, connections: settings.connections, headers, amount: settings.rewarmRequests, seconds: settings.rewarmLimitSeconds });
        return measureRun(s, bodies, { connections: settings.connections, counter, seconds, headers, latencies: (sorted) => latencies.push(sorted) });
      };
      // one at a time, each after SecuTix's rate-limit windows are reset, and warmed before the
      // next starts: SecuTix allows one catalog download per 10 minutes, which every fresh system needs
      for (const name of names) {
        await counter.reset();
        // a port picked free can be taken by another process before the child binds it: one retry
        const system = await startSystem(name, env, log).catch(() => startSystem(name, env, log));
        systems.push(system);
        // the next system starts only once this one serves complete answers (its catalog loaded)
        const bodies = bodiesFor(scenario, system)!;
        const headers = await scenario.headers?.({ system, env });
        await untilAnswered(system.url, bodies[0], headers);
        const warming = await warmUp({ url: system.url, bodies, connections: settings.connections, headers, requests: settings.warmupRequests, limitSeconds: settings.warmupLimitSeconds });
        log(`  warm-up  ${scenarioName.padEnd(8)} ${name.padEnd(22)} ${warming.requests} requests in ${warming.seconds} s (rps of its windows: ${warming.windowsRps.join(', ')})`);
      }
      const windows = new Map<RunningSystem, Figures[]>(systems.map((s) => [s, []]));
      const latencies = new Map<RunningSystem, number[][]>(systems.map((s) => [s, []]));
      for (let round = 0; round < settings.rounds; round++) {
        for (const s of turnOrder(systems, round)) windows.get(s)!.push(await window(s, settings.warmSeconds, latencies.get(s)!));
      }
      for (const s of systems) {
        const sorted = [...windows.get(s)!].sort((a, b) => (a.rps ?? 0) - (b.rps ?? 0));
        const median = sorted[Math.floor(sorted.length / 2)];
        const alone = warm[s.name]!;
        const pooled = mergeSorted(latencies.get(s)!);
        const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(pooled, p));
        warm[s.name] = {
          ...median,
          p50,
          p95,
          p99,
          secutixCallsPerRequest: alone.secutixCallsPerRequest,
          secutixCallsPerMinute: alone.secutixCallsPerMinute,
          secutixCalls: alone.secutixCalls,
          rejectedBySecutix: alone.rejectedBySecutix,
          roundsRps: windows.get(s)!.map((w) => w.rps ?? 0),
          roundsP99: windows.get(s)!.map((w) => w.p99 ?? 0),
          shortWarmUp: { rps: alone.rps, p99: alone.p99, errors: alone.errors, requests: alone.requests, firstError: alone.firstError },
        };
        log(`  rounds ${scenarioName.padEnd(8)} ${s.name.padEnd(22)} median ${median.rps} rps, p99 ${p99} ms over ${pooled.length} requests, ${median.cpuMsPerRequest} CPU ms/req (subgraphs ${median.subgraphsCpuMsPerRequest ?? '-'}), ${median.errors} errors (windows: ${windows.get(s)!.map((w) => `${w.rps} rps p99 ${w.p99}`).join(', ')})`);
      }
    } finally {
      for (const s of systems) await s.close();
    }
  }
}

