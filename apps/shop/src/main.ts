import { createLogger } from '@stx/observability';
import { ensureShopBuilt } from './buildShop';
import { readShopConfig } from './config';
import { serveShop } from './serveShop';

/** The sample shop alone (`npx tsx apps/shop/src/main.ts`): builds it when needed, then serves it. */
async function main(): Promise<void> {
  const logger = createLogger('shop');
  const config = readShopConfig(process.env);
  await ensureShopBuilt();
  const shop = await serveShop(config);
  logger.info('sample ticket shop', { url: shop.url, gateway: config.gatewayUrl });
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
