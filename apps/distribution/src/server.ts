import { join } from 'node:path';
import { createLoginGuard, createSecutixRuntime, startSubgraph, type Logger, type Served } from '@stx/subgraph-kit';
import type { DistributionConfig } from './config';
import type { DistributionContext } from './context';
import { openDatabase } from './db/database';
import { seedDemoPartners } from './demoPartners';
import { startJobEngine } from './jobs/jobEngine';
import { outboxSender } from './notify/mailer';
import { resolvers } from './resolvers';
import type { RunDeps } from './runs/runDistribution';
import { ExternalSalesClient } from './secutix/ExternalSalesClient';

export interface DistributionServed extends Served {
  /** the run engine of this instance, for tests that start runs without a queue */
  deps: RunDeps;
}

/**
 * The distribution subgraph: partners, correspondences and runs in PostgreSQL, jobs on pg-boss
 * in the same database, SecuTix's ExternalSalesService for the channel's offer and movements.
 * ExternalSalesService is called over the REST-RPC (JSON) transport: its answers are nested lists
 * that the SOAP shape normaliser does not describe.
 */
export async function startDistributionSubgraph(config: DistributionConfig, logger: Logger): Promise<DistributionServed> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, onIdleError: (err) => logger.warn('database connection lost', { message: err.message.slice(0, 200) }) });
  const runtime = createSecutixRuntime({ ...config.backend, secutix: { ...config.backend.secutix, transport: 'json' } }, logger);
  const sales = new ExternalSalesClient(runtime.caller);
  // operator passwords are guessed like buyers' ones: the same rule, one guard for the process
  const loginGuard = createLoginGuard(runtime.coordination, config.loginAttempts, { scope: 'operator-login', logger });
  if (config.demoPartners) await seedDemoPartners(database.db, config.backend.secutix.baseUrl);
  const deps: RunDeps = {
    db: database.db, sales, instance: config.instance, partnerTimeoutMs: config.partnerTimeoutMs,
    runStaleSeconds: config.runStaleSeconds, claimStaleSeconds: config.claimStaleSeconds, now: Date.now,
  };
  const jobs = await startJobEngine(database, deps, config.jobs, logger);
  const sendMail = outboxSender(database.db, config.smtpUrl, config.mailFrom, logger);
  const mailTimer = config.smtpUrl ? setInterval(() => void sendMail().catch(() => undefined), 30_000) : undefined;
  mailTimer?.unref();
  const served = await startSubgraph<DistributionContext>({
    name: 'distribution',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    context: (_req, identity) => {
      const catalogs = new Map<string, ReturnType<ExternalSalesClient['channelCatalog']>>();
      return {
        identity, db: database.db, sales, jobs, config, now: Date.now(), loginGuard,
        channelCatalog: (code) => {
          if (!catalogs.has(code)) catalogs.set(code, sales.channelCatalog(code));
          return catalogs.get(code)!;
        },
      };
    },
  });
  return {
    ...served,
    deps,
    async close() {
      if (mailTimer) clearInterval(mailTimer);
      await served.close();
      await jobs.close();
      await runtime.close();
      await database.close();
    },
  };
}
