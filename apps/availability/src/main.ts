import { createLogger } from '@stx/subgraph-kit';
import { readAvailabilityConfig } from './config';
import { startAvailabilitySubgraph } from './server';

async function main(): Promise<void> {
  const logger = createLogger('availability');
  const config = readAvailabilityConfig(process.env);
  const served = await startAvailabilitySubgraph(config, logger);
  logger.info('availability subgraph listening', { url: served.url, secutix: config.backend.secutix.baseUrl, transport: config.backend.secutix.transport });
  const stop = () => void served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
