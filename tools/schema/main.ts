import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from '../generated/writeOrCheck';
import { apiSchemaSdl } from './apiSchemaSdl';

/** `npm run schema` writes schema/api.graphql from the supergraph; `--check` fails when it is stale. */
const root = join(__dirname, '..', '..');
writeOrCheck({
  target: join(root, 'schema', 'api.graphql'),
  command: 'npm run schema',
  current: 'API schema is current',
  generate: () => apiSchemaSdl(readFileSync(join(root, 'apps', 'gateway', 'supergraph.graphql'), 'utf8')),
});
