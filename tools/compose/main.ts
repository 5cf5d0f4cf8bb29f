import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphs } from '@stx/subgraphs';
import { writeOrCheck } from '../generated/writeOrCheck';
import { composeSupergraph } from './composeSupergraph';
import { withGeneratedBlock } from './generatedBlock';

/**
 * `npm run compose` writes each subgraph schema's generated block (shared scalars, userError
 * codes), then apps/gateway/supergraph.graphql from the schemas; `--check` fails when one is stale.
 */
for (const s of subgraphs) {
  writeOrCheck({ target: s.schemaPath, command: 'npm run compose', current: `schema of ${s.name} is current`, generate: () => withGeneratedBlock(s.name, readFileSync(s.schemaPath, 'utf8')) });
}
writeOrCheck({ target: join(__dirname, '..', '..', 'apps', 'gateway', 'supergraph.graphql'), command: 'npm run compose', current: 'supergraph is current', generate: composeSupergraph });
