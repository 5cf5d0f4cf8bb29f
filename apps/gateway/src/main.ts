import { createLogger } from '@stx/subgraph-kit';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

async function main(): Promise<void> {
  const logger = createLogger('gateway');
  const served = await startGateway(readGatewayConfig(process.env), logger);
  logger.info('gateway listening', { url: served.url });
  const stop = () => void served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
