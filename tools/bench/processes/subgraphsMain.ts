import { createLogger } from '@stx/observability';
import { startAllSubgraphs } from '../../start/startAllSubgraphs';

/**
 * Every subgraph in one process with one runtime, wired as `npm start` wires them but without
 * the gateway, so each gateway under test (ours or a peer) runs in a process of its own. Ports
 * come from the environment (`<NAME>_PORT`); the catalog is not preloaded, so a cold run pays it.
 */
async function main(): Promise<void> {
  const subgraphs = await startAllSubgraphs(process.env, createLogger('bench-subgraphs'));
  const stop = async () => {
    await subgraphs.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
