import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from '../results';
import { formatMarkdown } from './formatMarkdown';
import { formatSvg } from './formatSvg';

/** latest.json, latest.md and latest.svg in the output folder; returns their paths */
export function writeResults(r: BenchResults, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'latest.json'), md: join(outDir, 'latest.md'), svg: join(outDir, 'latest.svg') };
  writeFileSync(files.json, JSON.stringify(r, null, 2) + '\n');
  writeFileSync(files.svg, formatSvg(r) + '\n');
  writeFileSync(files.md, formatMarkdown(r, 'latest.svg'));
  return Object.values(files);
}
