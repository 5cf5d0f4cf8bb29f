import type { Kysely } from 'kysely';
import { createLoginGuard, type FailureThrottle } from '@stx/throttle';
import { Sessions, type Identity } from '@stx/identity';
import type { Logger } from '@stx/observability';
import type { SecutixRuntime } from '@stx/secutix-runtime';
import type { SubgraphParts } from '@stx/host';
import type { DistributionConfig } from './config';
import { openDatabase } from './db/database';
import type { Tables } from './db/tables';
import { startJobEngine, type JobEngine } from './jobs/jobEngine';
import { channelCatalogLoader } from './loaders/channelCatalog';
import { outboxSender } from './notify/mailer';
import type { ChannelInfo, ChannelProduct } from './rules/channelModel';
import type { RunDeps } from './runs/runDistribution';
import { ExternalSalesClient } from './secutix/ExternalSalesClient';
import { seedDemoPartners } from './store/demoPartners';

export interface DistributionContext {
  identity: Identity;
  db: Kysely<Tables>;
  sales: ExternalSalesClient;
  jobs: JobEngine;
  /** per request: the channel's offer read once however many fields need it */
  channelCatalog(code: string): Promise<{ channel: ChannelInfo; products: ChannelProduct[] }>;
  config: DistributionConfig;
  now: number;
  /** operatorLogin's throttle: the buyers' login rule, counters of its own */
  loginGuard: FailureThrottle;
  /** the login sessions' state, which an operator's token must not predate (Sessions.opening) */
  sessions: Sessions;
}

export interface DistributionHandles {
  /** the run engine of this instance, for tests that start runs without a queue */
  deps: RunDeps;
}

/**
 * The distribution subgraph: partners, correspondences and runs in PostgreSQL, jobs on pg-boss
 * in the same database, SecuTix's ExternalSalesService for the channel's offer and movements
 * (on a runtime of its own over the JSON transport: see index.ts).
 */
export async function createDistributionContext(config: DistributionConfig, runtime: SecutixRuntime, logger: Logger): Promise<SubgraphParts<DistributionContext, DistributionHandles>> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, onIdleError: (err) => logger.warn('database connection lost', { message: err.message.slice(0, 200) }) });
  const sales = new ExternalSalesClient(runtime.caller);
  // operator passwords are guessed like buyers' ones: the same rule, one guard for the process
  const loginGuard = createLoginGuard(runtime.coordination, config.loginAttempts, { scope: 'operator-login', logger });
  const sessions = new Sessions(runtime.coordination);
  if (config.demoPartners) await seedDemoPartners(database.db, config.backend.secutix.baseUrl);
  const deps: RunDeps = {
    db: database.db, sales, instance: config.instance, partnerTimeoutMs: config.partnerTimeoutMs,
    runStaleSeconds: config.runStaleSeconds, claimStaleSeconds: config.claimStaleSeconds, now: Date.now,
  };
  const jobs = await startJobEngine(database, deps, config.jobs, logger);
  const sendMail = outboxSender(database.db, config.smtpUrl, config.mailFrom, logger);
  const mailTimer = config.smtpUrl ? setInterval(() => void sendMail().catch(() => undefined), 30_000) : undefined;
  mailTimer?.unref();
  return {
    context: (_req, identity) => ({
      identity, db: database.db, sales, jobs, config, now: Date.now(), loginGuard, sessions,
      channelCatalog: channelCatalogLoader(sales),
    }),
    handles: { deps },
    async close() {
      if (mailTimer) clearInterval(mailTimer);
      await jobs.close();
      await database.close();
    },
  };
}
