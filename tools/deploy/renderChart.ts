import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { GoTemplates } from './goTemplate';
import { helmFunctions } from './helmFunctions';

export interface Rendered {
  renderer: 'helm' | 'built-in';
  documents: Record<string, any>[];
}

/**
 * `helm template` of the chart with extra values; with a real `helm` on the PATH that is what
 * runs, else the built-in Go-template renderer (see goTemplate.ts for why it exists).
 */
export function renderChart(chartDir: string, release: string, overrides: Record<string, unknown> = {}): Rendered {
  const valuesJson = JSON.stringify(overrides);
  if (spawnSync('helm', ['version', '--short']).status === 0) {
    const out = execFileSync('helm', ['template', release, chartDir, '--values', '-'], { input: valuesJson, encoding: 'utf8' });
    return { renderer: 'helm', documents: documentsOf(out) };
  }
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const values = deepMerge(parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) as Record<string, unknown>, overrides);
  const data = {
    Values: values,
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
    Release: { Name: release, Namespace: 'default', Service: 'Helm' },
  };
  const templates = new GoTemplates({ ...helmFunctions });
  const dir = join(chartDir, 'templates');
  const files = readdirSync(dir).sort();
  // helpers first, as Helm loads every file before rendering any
  const parsed = files.map((file) => ({ file, nodes: templates.add(readFileSync(join(dir, file), 'utf8'), file) }));
  const out = parsed.filter(({ file }) => file.endsWith('.yaml')).map(({ file, nodes }) => `---\n# Source: ${file}\n${templates.render(nodes, data)}`);
  return { renderer: 'built-in', documents: documentsOf(out.join('\n')) };
}

function documentsOf(text: string): Record<string, any>[] {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors[0].message}`);
      return doc.toJS() as Record<string, any> | null;
    })
    .filter((doc): doc is Record<string, any> => doc !== null && typeof doc === 'object');
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current) ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}
