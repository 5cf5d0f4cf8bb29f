// Hive Gateway's programmatic runtime over the supergraph; HIVE_RUST_PLANNER=1 swaps in the Rust
// query planner of @graphql-hive/router-runtime. Run by the benchmark from this folder: PORT, SUPERGRAPH_PATH.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const options = {
  supergraph: readFileSync(process.env.SUPERGRAPH_PATH, 'utf8'),
  logging: 'error',
  // the only addition: the account scenario's identity header, signed by the bench, passed on as is
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ 'x-stx-identity': request.headers.get('x-stx-identity') }) },
};
if (process.env.HIVE_RUST_PLANNER === '1') {
  const { unifiedGraphHandler } = await import('@graphql-hive/router-runtime');
  options.unifiedGraphHandler = unifiedGraphHandler;
}
const runtime = createGatewayRuntime(options);
const server = createServer(runtime);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`listening http://127.0.0.1:${process.env.PORT}/graphql\n`));
process.on('SIGTERM', () => server.close(() => void runtime.dispose().then(() => process.exit(0))));
