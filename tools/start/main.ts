import { DEMO_KEY_FILES, DEMO_WEBSITE_PRIVATE_KEY_FILE, startSimulator, loadSimulatorOptionsFromEnv } from '@stx/secutix-sim';
import { createLogger } from '@stx/observability';
import { readOptional } from '@stx/env';
import { backendEnv } from '@stx/secutix-runtime';
import { randomBytes } from 'node:crypto';
import { DEFAULT_CORS_ORIGINS, readGatewayConfig, startGateway } from '@stx/gateway';
import { ensureShopBuilt, readShopConfig, serveShop } from '@stx/shop';
import { startAllSubgraphs } from './startAllSubgraphs';
import { onLocalhost } from './onLocalhost';

/** any port of this machine's own names: the dev servers of frontend tools, for `npm start` only */
const LOCAL_DEV_ORIGINS = 'http://localhost:*,http://127.0.0.1:*';

/**
 * `npm start`: the whole product in one process for a developer's machine. Without
 * SECUTIX_BASE_URL it starts the embedded SecuTix simulator first; without REDIS_URL the cache
 * is in memory. In production each app runs on its own (apps/<name>/src/main.ts).
 */
async function main(): Promise<void> {
  const logger = createLogger('start');
  const env = { ...process.env };
  let stopSim = async () => {};
  if (!readOptional(env, 'SECUTIX_BASE_URL')) {
    const sim = await startSimulator(loadSimulatorOptionsFromEnv(env));
    Object.assign(env, backendEnv({ url: sim.url, ...sim.credentials }));
    // the simulator also plays SecuTix's identity provider, with its demo keys
    // pages a browser opens are reached on `localhost`, like the gateway's and the shop's: SecuTix's
    // cookies set there then reach the gateway from the shop's page (cookies ignore ports)
    env.SAML_IDP_SSO_URL ||= `${onLocalhost(sim.url)}/idp/sso`;
    env.SAML_IDP_CERT ||= DEMO_KEY_FILES.idpCert;
    env.STX_COOKIE_PRIVATE_KEY ||= DEMO_WEBSITE_PRIVATE_KEY_FILE;
    // the simulator also stands in for the ticket shop, so booking, cart and account links land somewhere
    env.TICKET_SHOP_URL ||= onLocalhost(sim.url);
    // the simulator's Ticketnet stand-in and distributor institution, as the demo's two partners
    env.DISTRIBUTION_DEMO_PARTNERS ||= 'on';
    stopSim = () => sim.close();
    logger.info('SecuTix simulator started', { url: sim.url, admin: `${sim.url}/__admin/calls` });
  }
  // one process: secrets nobody configured can be made up here; separate deployments must share real ones
  env.AUTH_TOKEN_SECRET ||= randomBytes(32).toString('base64url');
  env.IDENTITY_SECRET ||= randomBytes(32).toString('base64url');
  const shopConfig = readShopConfig(env);
  // development: the sample shop's page may call the gateway with credentials, Apollo Studio's
  // Sandbox too, and a frontend developer's own dev server on this machine (Vite's :5173, :3000...)
  env.CORS_ORIGINS ||= `${shopConfig.publicUrl},${DEFAULT_CORS_ORIGINS},${LOCAL_DEV_ORIGINS}`;
  // Prometheus' port of the gateway, apart from the public one (Apollo Router's is 9090)
  env.GATEWAY_METRICS_PORT ||= '9464';
  const gatewayConfig = readGatewayConfig(env);
  const subgraphs = await startAllSubgraphs(env, logger);
  const gateway = await startGateway(gatewayConfig, createLogger('gateway'), { coordination: subgraphs.coordination });
  await ensureShopBuilt();
  const shop = await serveShop(shopConfig);
  await subgraphs.catalog.snapshot.current().catch((err) => logger.warn('catalog not loaded yet', { reason: (err as Error).message }));
  process.stdout.write(
    [
      '',
      `  GraphQL endpoint and explorer: ${gateway.url}`,
      `  Sample ticket shop: ${shop.url}`,
      `  Gateway metrics (Prometheus): ${gateway.metricsUrl}`,
      gatewayConfig.saml ? `  Browser sign-on (SecuTix as IdP): ${gatewayConfig.saml.publicUrl}/auth/saml/login?returnTo=/graphql` : '',
      `  SecuTix: ${env.SECUTIX_BASE_URL} (${subgraphs.backend.secutix.transport}), cache: ${subgraphs.backend.redisUrl ? 'Redis' : 'in memory'}`,
      '',
    ].join('\n') + '\n',
  );
  const stop = async () => {
    await shop.close();
    await gateway.close();
    await subgraphs.close();
    await stopSim();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
