import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartPolicy } from './chartPolicy';
import { dockerfilePolicy } from './dockerfilePolicy';
import { entrypointPolicy } from './entrypointPolicy';
import { renderChart } from './renderChart';
import { validateManifests } from './validateManifests';

const ROOT = join(__dirname, '..', '..');
const CHART = join(ROOT, 'deploy', 'helm', 'secutix-graph');
const SECRET_KEYS = ['SECUTIX_SECRET', 'IDENTITY_SECRET', 'AUTH_TOKEN_SECRET', 'REDIS_URL', 'DATABASE_URL'];

/** values that take the chart's other branches: an existing Secret, traces, fixed replicas, pull secrets */
const VARIANTS: Record<string, Record<string, unknown>> = {
  'defaults, the Secret created from values': { secret: { values: Object.fromEntries(SECRET_KEYS.map((key) => [key, `${key.toLowerCase()}-value`])) } },
  'existing secret, traces, fixed replicas': {
    secret: { existingSecret: 'stx-prod' },
    otel: { endpoint: 'http://otel-collector.monitoring:4318' },
    imagePullSecrets: [{ name: 'registry' }],
    metrics: { annotations: false },
    apps: { distribution: { port: 4007, replicas: 1, autoscaling: { enabled: false } } },
  },
};

/**
 * `npm run deploy:check`: renders the Helm chart (several value sets), validates every object
 * against the Kubernetes schemas and the chart's rules, lints the Dockerfile and checks that
 * compose.yaml runs every app with Redis and PostgreSQL. Exit 1 with the list of problems.
 */
async function main(): Promise<void> {
  const apps = Object.keys((parse(readFileSync(join(CHART, 'values.yaml'), 'utf8')) as { apps: Record<string, unknown> }).apps);
  const problems: string[] = [];
  for (const [variant, values] of Object.entries(VARIANTS)) {
    const rendered = renderChart(CHART, 'prod', values);
    const found = [...(await validateManifests(rendered.documents)), ...chartPolicy(rendered.documents, apps, SECRET_KEYS)];
    problems.push(...found.map((p) => `chart (${variant}): ${p}`));
    console.log(`chart (${variant}, ${rendered.renderer} renderer): ${rendered.documents.length} objects, ${found.length} problems`);
  }
  // neither an existing Secret nor its values: the render fails and names what is missing, rather than install pods that never start
  try {
    renderChart(CHART, 'prod', {});
    problems.push('chart (no secret): renders without secret.existingSecret or secret.values');
  } catch (err) {
    if (/secret\.values\.SECUTIX_SECRET is required/.test((err as Error).message)) console.log('chart (no secret): refused, naming the missing key');
    else problems.push(`chart (no secret): ${(err as Error).message.split('\n')[0]}`);
  }
  const dockerfile = dockerfilePolicy(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  console.log(`Dockerfile: ${dockerfile.length} problems`);
  const entrypoint = entrypointPolicy(readFileSync(join(ROOT, 'deploy', 'container', 'entrypoint.sh'), 'utf8'));
  console.log(`entrypoint.sh: ${entrypoint.length} problems`);
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as { services: Record<string, { command?: string[]; image?: string }> };
  const composeProblems = [...apps, 'redis', 'postgres'].filter((s) => !compose.services[s]).map((s) => `compose.yaml: no ${s} service`);
  for (const app of apps) if (compose.services[app] && compose.services[app].command?.[0] !== app) composeProblems.push(`compose.yaml: ${app} does not run the ${app} app`);
  console.log(`compose.yaml: ${composeProblems.length} problems`);
  problems.push(...dockerfile, ...entrypoint, ...composeProblems);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
