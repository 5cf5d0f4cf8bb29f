import type { BenchResults } from '../results';
import { HEADER, LOAD_HEADER, loadRows, REFRESH_HEADER, refreshRows, SCALE_HEADER, scaleRows, tableRows } from './tableRows';

function pad(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** the table printed at the end of a run */
export function formatText(r: BenchResults): string {
  const parts = [pad(HEADER, tableRows(r))];
  if (r.catalogRefresh?.length) parts.push('time to ready and catalog load (ours)', pad(REFRESH_HEADER, refreshRows(r)));
  if (r.scale) parts.push('scale (ours, warm)', pad(SCALE_HEADER, scaleRows(r)));
  if (r.loadIndependence) parts.push('load independence (ours, warm home page)', pad(LOAD_HEADER, loadRows(r)));
  if (r.targets?.length) parts.push('targets', r.targets.map((t) => `${t.met === null ? 'n/a    ' : t.met ? 'met    ' : 'NOT MET'}  ${t.target}: ${t.detail}`).join('\n'));
  return parts.join('\n\n') + '\n';
}
