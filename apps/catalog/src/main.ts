import { createLogger } from '@stx/subgraph-kit';
import { readCatalogConfig } from './config';
import { startCatalogSubgraph } from './server';

async function main(): Promise<void> {
  const logger = createLogger('catalog');
  const config = readCatalogConfig(process.env);
  const served = await startCatalogSubgraph(config, logger);
  logger.info('catalog subgraph listening', { url: served.url, secutix: config.backend.secutix.baseUrl, transport: config.backend.secutix.transport });
  const stop = () => void served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
