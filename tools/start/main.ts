import { startSimulator, loadSimulatorOptionsFromEnv } from '@stx/secutix-sim';
import { createLogger, createSecutixRuntime, readOptional } from '@stx/subgraph-kit';
import { readCatalogConfig } from '../../apps/catalog/src/config';
import { startCatalogSubgraph } from '../../apps/catalog/src/server';
import { readAvailabilityConfig } from '../../apps/availability/src/config';
import { startAvailabilitySubgraph } from '../../apps/availability/src/server';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readGatewayConfig } from '../../apps/gateway/src/config';
import { readContactsConfig } from '../../apps/contacts/src/config';
import { startContactsSubgraph } from '../../apps/contacts/src/server';
import { readSalesConfig } from '../../apps/sales/src/config';
import { startSalesSubgraph } from '../../apps/sales/src/server';
import { readShipmentConfig } from '../../apps/shipment/src/config';
import { startShipmentSubgraph } from '../../apps/shipment/src/server';
import { readTicketsConfig } from '../../apps/tickets/src/config';
import { startTicketsSubgraph } from '../../apps/tickets/src/server';
import { startGateway } from '../../apps/gateway/src/server';

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
    env.SECUTIX_BASE_URL = sim.url;
    // the simulator also plays SecuTix's identity provider, with demo keys (apps/secutix-sim/demo-keys)
    const keys = join(__dirname, '..', '..', 'apps', 'secutix-sim', 'demo-keys');
    env.SAML_IDP_SSO_URL ||= `${sim.url}/idp/sso`;
    env.SAML_IDP_CERT ||= join(keys, 'idp.crt');
    env.STX_COOKIE_PRIVATE_KEY ||= join(keys, 'website.key');
    stopSim = () => sim.close();
    logger.info('SecuTix simulator started', { url: sim.url, admin: `${sim.url}/__admin/calls` });
  }
  // one process: secrets nobody configured can be made up here; separate deployments must share real ones
  env.AUTH_TOKEN_SECRET ||= randomBytes(32).toString('base64url');
  env.IDENTITY_SECRET ||= randomBytes(32).toString('base64url');
  const catalogConfig = readCatalogConfig(env);
  const contactsConfig = readContactsConfig(env);
  const salesConfig = readSalesConfig(env);
  const shipmentConfig = readShipmentConfig(env);
  const ticketsConfig = readTicketsConfig(env);
  const availabilityConfig = readAvailabilityConfig(env);
  const gatewayConfig = readGatewayConfig(env);
  // one runtime for both subgraphs in this process: one budget counter, one cache
  const runtime = createSecutixRuntime(catalogConfig.backend, logger);
  const catalog = await startCatalogSubgraph(catalogConfig, createLogger('catalog'), runtime);
  const availability = await startAvailabilitySubgraph(availabilityConfig, createLogger('availability'), runtime);
  const contacts = await startContactsSubgraph(contactsConfig, createLogger('contacts'), runtime);
  const sales = await startSalesSubgraph(salesConfig, createLogger('sales'), runtime);
  const shipment = await startShipmentSubgraph(shipmentConfig, createLogger('shipment'), runtime);
  const tickets = await startTicketsSubgraph(ticketsConfig, createLogger('tickets'), runtime);
  const gateway = await startGateway(gatewayConfig, createLogger('gateway'));
  await catalog.snapshot.current().catch((err) => logger.warn('catalog not loaded yet', { reason: (err as Error).message }));
  process.stdout.write(
    [
      '',
      `  GraphQL endpoint and explorer: ${gateway.url}`,
      gatewayConfig.saml ? `  Browser sign-on (SecuTix as IdP): ${gatewayConfig.saml.publicUrl}/auth/saml/login?returnTo=/graphql` : '',
      `  SecuTix: ${env.SECUTIX_BASE_URL} (${catalogConfig.backend.secutix.transport}), cache: ${catalogConfig.backend.redisUrl ? 'Redis' : 'in memory'}`,
      '',
    ].join('\n') + '\n',
  );
  const stop = async () => {
    await gateway.close();
    await availability.close();
    await contacts.close();
    await sales.close();
    await shipment.close();
    await tickets.close();
    await catalog.close();
    await runtime.close();
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
