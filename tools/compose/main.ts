import { join } from 'node:path';
import { writeOrCheck } from '../generated/writeOrCheck';
import { composeSupergraph } from './composeSupergraph';

/** `npm run compose` writes apps/gateway/supergraph.graphql; `--check` fails when it is stale. */
writeOrCheck({ target: join(__dirname, '..', '..', 'apps', 'gateway', 'supergraph.graphql'), command: 'npm run compose', current: 'supergraph is current', generate: composeSupergraph });
