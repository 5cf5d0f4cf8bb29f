import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from './composeSupergraph';

/** `npm run compose` writes apps/gateway/supergraph.graphql; `--check` fails when it is stale. */
const root = join(__dirname, '..', '..');
const target = join(root, 'apps', 'gateway', 'supergraph.graphql');
const check = process.argv.includes('--check');

try {
  const sdl = composeSupergraph();
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== sdl) {
      process.stderr.write('apps/gateway/supergraph.graphql is stale: run `npm run compose` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('supergraph is current\n');
  } else {
    writeFileSync(target, sdl);
    process.stdout.write(`wrote ${target}\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
