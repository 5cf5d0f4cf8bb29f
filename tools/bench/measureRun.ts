import type { CallCounter } from './calls/CallCounter';
import { runLoad } from './load/runLoad';
import { readCpuMs } from './processes/readCpuMs';
import { RssSampler } from './processes/RssSampler';
import type { Figures } from './results';
import type { RunningSystem } from './systems/startSystem';

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * One measured window on a running system: load, SecuTix calls (simulator counters, from
 * `callsSince` when given so a cold window includes start-up) and the peak RSS of its processes.
 */
export async function measureRun(
  system: RunningSystem,
  bodies: string[],
  options: {
    connections: number;
    seconds: number;
    amount?: number;
    headers?: Record<string, string>;
    counter: CallCounter;
    callsSince?: Awaited<ReturnType<CallCounter['start']>>;
    /** receives the window's sorted latencies (ms), for percentiles over several windows */
    latencies?: (sorted: number[]) => void;
  },
): Promise<Figures> {
  const calls = options.callsSince ?? (await options.counter.start());
  const rss = new RssSampler({ front: system.processes.front.pid, subgraphs: system.processes.subgraphs.pid }).start();
  const separate = system.processes.front !== system.processes.subgraphs;
  const cpuBefore = await readCpuMs(system.processes.front.pid);
  const subgraphsBefore = separate ? await readCpuMs(system.processes.subgraphs.pid) : undefined;
  const load = await runLoad({ url: system.url, bodies, connections: options.connections, seconds: options.seconds, amount: options.amount, headers: options.headers });
  options.latencies?.(load.latencies);
  const cpuAfter = await readCpuMs(system.processes.front.pid);
  const subgraphsAfter = separate ? await readCpuMs(system.processes.subgraphs.pid) : undefined;
  const perRequest = (before: number | undefined, after: number | undefined) => (before !== undefined && after !== undefined && load.requests > 0 ? round((after - before) / load.requests, 2) : null);
  const peaks = await rss.stop();
  const delta = await calls.stop();
  return {
    rps: load.rps,
    p50: load.p50,
    p95: load.p95,
    p99: load.p99,
    errors: load.errors,
    secutixCallsPerRequest: load.requests > 0 ? round(delta.total / load.requests, 4) : 0,
    rssMb: peaks.front ?? null,
    cpuMsPerRequest: perRequest(cpuBefore, cpuAfter),
    requests: load.requests,
    secutixCallsPerMinute: round((delta.total / load.seconds) * 60, 1),
    secutixCalls: delta.byOperation,
    rejectedBySecutix: delta.rejected,
    rssMbSubgraphs: separate ? peaks.subgraphs : undefined,
    subgraphsCpuMsPerRequest: separate ? perRequest(subgraphsBefore, subgraphsAfter) : undefined,
    ...(load.firstError ? { firstError: load.firstError } : {}),
  };
}
