import type { BenchResults } from '../results';
import { HEADER, LOAD_HEADER, loadRows, REFRESH_HEADER, refreshRows, SCALE_HEADER, scaleRows, tableRows } from './tableRows';

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');

/** latest.md: the same tables as the printed ones, plus how they were made */
export function formatMarkdown(r: BenchResults, chartFile?: string): string {
  const s = r.settings;
  const m = r.machine;
  const out = [
    `# Benchmark: ${s.mode} run of ${String(m.date)}`,
    '',
    `\`npm run bench${s.mode === 'quick' ? ' -- --quick' : ''}\` on ${String(m.cpus)} × ${String(m.cpuModel)}, Node ${String(m.node)}; simulator with the \`${s.latencyProfile}\` latency profile and ${s.products} products; ` +
      `${s.connections} connections; cold: the first ${s.coldRequests} requests (fresh processes, simulator counters and rate-limit windows reset), warm: ${s.rounds > 1 ? `${s.rounds} windows of ${s.warmSeconds} s${s.rewarmRequests > 0 ? ` (each after ${s.rewarmRequests} unmeasured requests or ${s.rewarmLimitSeconds} s)` : ''}, taken in turns by every system of the scenario, after each had served ${s.warmupRequests} requests (or ${s.warmupLimitSeconds} s of load); rps and CPU are the median window's, p50, p95 and p99 are over every request of the ${s.rounds} windows` : `${s.warmSeconds} s after ${s.warmupSeconds} s of warm-up`}. ` +
      'Ratios are to `ours` in the same run. RSS MB is the process answering the load (a gateway; for `direct` the subgraphs process), peak over the window.',
    '',
    table(HEADER, tableRows(r)),
  ];
  if (chartFile) out.push('', `![warm requests per second, relative to ours](${chartFile})`);
  if (r.catalogRefresh?.length) out.push('', '## Time to ready and catalog load (ours)', '', table(REFRESH_HEADER, refreshRows(r)));
  if (r.scale) out.push('', '## Scale (ours, warm)', '', table(SCALE_HEADER, scaleRows(r)));
  if (r.loadIndependence) out.push('', `## Load independence (ours, warm home page; SecuTix allows ${r.loadIndependence.secutixLimits.all})`, '', table(LOAD_HEADER, loadRows(r)));
  if (r.targets?.length) out.push('', '## Targets', '', table(['target', 'verdict', 'numbers'], r.targets.map((t) => [t.target, t.met === null ? 'not measured' : t.met ? 'met' : '**not met**', t.detail])));
  return out.join('\n') + '\n';
}
