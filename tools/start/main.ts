import { startSimulator, loadSimulatorOptionsFromEnv } from '@stx/secutix-sim';
import { createLogger, readOptional } from '@stx/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readGatewayConfig } from '../../apps/gateway/src/config';
import { startGateway } from '../../apps/gateway/src/server';
import { startAllSubgraphs } from './startAllSubgraphs';

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
    // the simulator's Ticketnet stand-in and distributor institution, as the demo's two partners
    env.DISTRIBUTION_DEMO_PARTNERS ||= 'on';
    stopSim = () => sim.close();
    logger.info('SecuTix simulator started', { url: sim.url, admin: `${sim.url}/__admin/calls` });
  }
  // one process: secrets nobody configured can be made up here; separate deployments must share real ones
  env.AUTH_TOKEN_SECRET ||= randomBytes(32).toString('base64url');
  env.IDENTITY_SECRET ||= randomBytes(32).toString('base64url');
  const gatewayConfig = readGatewayConfig(env);
  const subgraphs = await startAllSubgraphs(env, logger);
  const gateway = await startGateway(gatewayConfig, createLogger('gateway'), { coordination: subgraphs.coordination });
  await subgraphs.catalog.snapshot.current().catch((err) => logger.warn('catalog not loaded yet', { reason: (err as Error).message }));
  process.stdout.write(
    [
      '',
      `  GraphQL endpoint and explorer: ${gateway.url}`,
      gatewayConfig.saml ? `  Browser sign-on (SecuTix as IdP): ${gatewayConfig.saml.publicUrl}/auth/saml/login?returnTo=/graphql` : '',
      `  SecuTix: ${env.SECUTIX_BASE_URL} (${subgraphs.backend.secutix.transport}), cache: ${subgraphs.backend.redisUrl ? 'Redis' : 'in memory'}`,
      '',
    ].join('\n') + '\n',
  );
  const stop = async () => {
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
