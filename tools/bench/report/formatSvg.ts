import type { BenchResults } from '../results';

const COLORS: Record<string, string> = { ours: '#2f7d32', naive: '#9e9e9e', 'apollo-gateway': '#5c6bc0', 'hive-gateway': '#f0a202', 'hive-gateway-rust': '#d1495b', direct: '#00838f' };

/** a bar chart of warm requests per second, one group per scenario (plain SVG, no dependency) */
export function formatSvg(r: BenchResults): string {
  const groups = Object.entries(r.scenarios).map(([scenario, runs]) => ({ scenario, bars: Object.entries(runs?.warm ?? {}).map(([system, f]) => ({ system, rps: f?.rps ?? 0 })) }));
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.rps)));
  const barW = 22;
  const gap = 30;
  const height = 260;
  const plot = 200;
  let x = 50;
  const parts: string[] = [];
  for (const g of groups) {
    const start = x;
    for (const b of g.bars) {
      const h = Math.round((b.rps / max) * plot);
      parts.push(`<rect x="${x}" y="${20 + plot - h}" width="${barW - 2}" height="${h}" fill="${COLORS[b.system] ?? '#444'}"><title>${b.system}: ${b.rps} rps</title></rect>`);
      x += barW;
    }
    parts.push(`<text x="${(start + x) / 2}" y="${plot + 38}" text-anchor="middle" font-size="12">${g.scenario}</text>`);
    x += gap;
  }
  const legend = Object.entries(COLORS).map(([name, color], i) => `<rect x="${x + 10}" y="${24 + i * 18}" width="12" height="12" fill="${color}"/><text x="${x + 28}" y="${34 + i * 18}" font-size="12">${name}</text>`);
  const width = x + 160;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">`,
    `<text x="10" y="14" font-size="12">warm requests per second (max ${max})</text>`,
    `<line x1="45" y1="${20 + plot}" x2="${x}" y2="${20 + plot}" stroke="#333"/>`,
    ...parts,
    ...legend,
    '</svg>',
  ].join('\n');
}
