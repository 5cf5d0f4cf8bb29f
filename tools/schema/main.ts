import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiSchemaSdl } from './apiSchemaSdl';

/** `npm run schema` writes schema/api.graphql; `--check` fails when it is stale. */
const root = join(__dirname, '..', '..');
const target = join(root, 'schema', 'api.graphql');
const check = process.argv.includes('--check');

try {
  const sdl = apiSchemaSdl(readFileSync(join(root, 'apps', 'gateway', 'supergraph.graphql'), 'utf8'));
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== sdl) {
      process.stderr.write('schema/api.graphql is stale: run `npm run schema` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('API schema is current\n');
  } else {
    writeFileSync(target, sdl);
    process.stdout.write(`wrote ${target}\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
