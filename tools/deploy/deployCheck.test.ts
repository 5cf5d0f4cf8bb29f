import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { GoTemplates } from './goTemplate';
import { helmFunctions } from './helmFunctions';
import { renderChart } from './renderChart';
import { chartPolicy } from './chartPolicy';
import { dockerfilePolicy } from './dockerfilePolicy';
import { entrypointPolicy } from './entrypointPolicy';
import { PRODUCTION_NODE_FLAGS } from '../build/buildServices';

/** validateManifests, in a tsx process (see validateStdin.ts) */
function validateManifests(documents: Record<string, unknown>[]): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'validateStdin.ts')], { input: JSON.stringify(documents), encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

const render = (source: string, data: unknown) => {
  const t = new GoTemplates({ ...helmFunctions });
  return t.render(t.add(source, 'test.tpl'), data);
};

describe('the built-in Go-template renderer', () => {
  it('renders as Go does: trimming, pipelines, variables, sorted map ranges, else if, include', () => {
    expect(render('a  {{- " b " -}}  c', {})).toBe('a b c');
    expect(render('{{ .x | default "d" | quote }}/{{ .y | default "d" }}', { x: '', y: 'v' })).toBe('"d"/v');
    expect(render('{{ range $k, $v := .m }}{{ $k }}={{ $v }};{{ end }}', { m: { b: 2, a: 1 } })).toBe('a=1;b=2;');
    expect(render('{{ if eq .n 1 }}one{{ else if eq .n 2 }}two{{ else }}many{{ end }}', { n: 2 })).toBe('two');
    expect(render('{{ define "x" }}[{{ . }}]{{ end }}{{ include "x" .v | upper }}', { v: 'hi' })).toBe('[HI]');
    expect(render('k:{{ toYaml .o | nindent 2 }}', { o: { a: [1] } })).toBe('k:\n  a:\n    - 1');
    expect(render('{{ with .u }}{{ .n }}{{ else }}none{{ end }}', { u: {} })).toBe('none');
    expect(render('{{ printf "%s:%v" "h" 80 }}', {})).toBe('h:80');
  });

  it('refuses what it does not implement instead of rendering it wrong', () => {
    expect(() => render('{{ .x | sha256sum }}', { x: 1 })).toThrow('function "sha256sum" is not supported');
    expect(() => render('{{ template "x" . }}', {})).toThrow('use include');
    expect(() => render('{{ if .x }}open', {})).toThrow('without end');
  });
});

describe('deploy:check', () => {
  const chart = join(__dirname, '..', '..', 'deploy', 'helm', 'secutix-graph');

  // an install names its Secret (or gives its values): without either the chart refuses to render
  const secret = { existingSecret: 'stx-prod' };

  it('finds nothing wrong in the chart as committed', async () => {
    const { documents } = renderChart(chart, 'prod', { secret });
    expect(validateManifests(documents)).toEqual([]);
    expect(chartPolicy(documents, ['gateway', 'catalog'], ['REDIS_URL'])).toEqual([]);
  });

  it('reports an object the Kubernetes schema refuses, and an app without its PodDisruptionBudget', async () => {
    const { documents } = renderChart(chart, 'prod', { secret, apps: { gateway: { port: 'http-port' } } });
    expect(validateManifests(documents).join('\n')).toMatch(/Deployment\/prod-secutix-graph-gateway: .*containerPort must be integer/);
    const withoutPdb = documents.filter((d) => !(d.kind === 'PodDisruptionBudget' && d.metadata.name.endsWith('-catalog')));
    expect(chartPolicy(withoutPdb, ['catalog'], [])).toEqual(['catalog: no PodDisruptionBudget']);
  });

  it('refuses to render an install with neither an existing Secret nor the values of one, naming the missing key', () => {
    expect(() => renderChart(chart, 'prod')).toThrow(/secret\.values\.SECUTIX_SECRET is required/);
    expect(() => renderChart(chart, 'prod', { secret: { values: { SECUTIX_SECRET: 's', IDENTITY_SECRET: 'i', AUTH_TOKEN_SECRET: 'a', REDIS_URL: 'redis://r' } } })).toThrow(/secret\.values\.DATABASE_URL is required/);
  });

  it('refuses a single-stage Dockerfile running as root with dev dependencies', () => {
    expect(dockerfilePolicy('FROM node:20\nRUN npm ci\nCMD ["gateway"]\n')).toEqual([
      'Dockerfile: not multi-stage',
      'Dockerfile: the final stage does not switch to a non-root user',
      'Dockerfile: dependencies are not installed with --omit=dev',
      'Dockerfile: the app is not chosen by the command (ENTRYPOINT + CMD)',
    ]);
  });

  it("refuses an entrypoint whose node flags differ from the tools' production flags", () => {
    expect(entrypointPolicy(`exec node ${PRODUCTION_NODE_FLAGS.join(' ')} "apps/$app/dist/main.js"\n`)).toEqual([]);
    expect(entrypointPolicy('exec node "apps/$app/dist/main.js"\n')[0]).toMatch(/differ from PRODUCTION_NODE_FLAGS/);
    expect(entrypointPolicy('node main.js\n')[0]).toMatch(/no `exec node/);
  });
});
