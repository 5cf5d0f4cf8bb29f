import type { BenchResults, Figures } from '../results';

export const HEADER = ['scenario', 'run', 'system', 'rps', 'rps/ours', 'p50 ms', 'p95 ms', 'p99 ms', 'p99/ours', 'errors', 'calls/req', 'calls/min', 'CPU ms/req', 'subgraphs CPU ms/req', 'RSS MB', 'subgraphs MB'];

const num = (n: number | null | undefined) => (n === null || n === undefined ? '-' : String(n));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? '-' : `${(a / b).toFixed(2)}x`);

/** one row per scenario, run and system, with ratios to ours so a noisy machine still compares */
export function tableRows(r: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const [scenario, runs] of Object.entries(r.scenarios)) {
    for (const run of ['warm', 'cold'] as const) {
      const systems = runs?.[run] ?? {};
      const ours = systems.ours;
      for (const [system, f] of Object.entries(systems) as [string, Figures][]) {
        if (f.error) {
          rows.push([scenario, run, system, `error: ${f.error.slice(0, 80)}`, ...Array(HEADER.length - 4).fill('')]);
          continue;
        }
        rows.push([
          scenario, run, system, num(f.rps), ratio(f.rps, ours?.rps), num(f.p50), num(f.p95), num(f.p99), ratio(f.p99, ours?.p99),
          num(f.errors), num(f.secutixCallsPerRequest), num(f.secutixCallsPerMinute), num(f.cpuMsPerRequest), num(f.subgraphsCpuMsPerRequest), num(f.rssMb), num(f.rssMbSubgraphs),
        ]);
      }
    }
  }
  return rows;
}

export const SCALE_HEADER = ['products', 'scenario', 'rps', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'calls/req', 'RSS MB', 'subgraphs MB'];

export function scaleRows(r: BenchResults): string[][] {
  return Object.values(r.scale ?? {}).flatMap((size) =>
    Object.entries(size.scenarios).map(([scenario, f]) => [String(size.products), scenario, num(f.rps), num(f.p50), num(f.p95), num(f.p99), num(f.errors), num(f.secutixCallsPerRequest), num(f.rssMb), num(f.rssMbSubgraphs)]),
  );
}

export const REFRESH_HEADER = ['products', 'time to ready ms', 'subgraphs RSS before MB', 'after MB', 'SecuTix calls'];

export function refreshRows(r: BenchResults): string[][] {
  return (r.catalogRefresh ?? []).map((c) => [String(c.products), String(c.ms), num(c.rssMbBefore), num(c.rssMbAfter), Object.entries(c.secutixCalls).map(([op, n]) => `${op.split('.')[1]} ${n}`).join(', ')]);
}

export const LOAD_HEADER = ['connections', 'seconds', 'requests', 'rps', 'p99 ms', 'SecuTix calls', 'calls/min'];

export function loadRows(r: BenchResults): string[][] {
  return (r.loadIndependence?.levels ?? []).map((l) => [String(l.connections), String(l.seconds), String(l.requests), String(l.rps), String(l.p99), String(l.secutixCalls), String(l.secutixCallsPerMinute)]);
}
