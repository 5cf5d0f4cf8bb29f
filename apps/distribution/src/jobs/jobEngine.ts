import PgBoss from 'pg-boss';
import type { Logger } from '@stx/observability';
import type { Database } from '../db/database';
import { listPartners } from '../store/partners';
import { RunAlreadyActive, type RunKind } from '../store/runs';
import type { RunDeps, RunRequest } from '../runs/runDistribution';
import { runDistribution } from '../runs/runDistribution';

export interface JobSettings {
  worker: boolean;
  reintegrationCron: string;
  contingentSyncCron: string;
  retryLimit: number;
  retryDelaySeconds: number;
  pollingSeconds: number;
}

const KINDS: RunKind[] = ['CATALOG_EXPORT', 'ALLOTMENT_EXPORT', 'CONTINGENT_SYNC', 'SALES_REINTEGRATION'];
const queueOf = (kind: RunKind) => `distribution-${kind.toLowerCase().replace(/_/g, '-')}`;
const SCHEDULE_REINTEGRATION = 'distribution-schedule-reintegration';
const SCHEDULE_CONTINGENT = 'distribution-schedule-contingent-sync';

/**
 * Runs on pg-boss, a PostgreSQL-backed job engine, in the distribution database itself (README,
 * "Jobs"): retries with exponential backoff, one queued and one active job per partner and kind
 * (queue policy `stately`, keyed by partner), cron schedules kept once for all instances, and a
 * worker in this process unless DISTRIBUTION_WORKER=off. The runs table adds one active run per
 * partner across kinds; a job that finds its partner busy fails and is retried later.
 */
export async function startJobEngine(database: Database, deps: RunDeps, settings: JobSettings, logger: Logger) {
  const boss = new PgBoss({ ...(database.boss as object), schema: 'pgboss', supervise: true, schedule: true, migrate: true } as PgBoss.ConstructorOptions);
  boss.on('error', (err) => logger.warn('job engine error', { message: (err as Error).message.slice(0, 200) }));
  await boss.start();
  const queueOptions = { policy: 'stately', retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true, expireInSeconds: 3600 };
  for (const kind of KINDS) await boss.createQueue(queueOf(kind), { name: queueOf(kind), ...queueOptions } as PgBoss.Queue);
  for (const name of [SCHEDULE_REINTEGRATION, SCHEDULE_CONTINGENT]) await boss.createQueue(name, { name, policy: 'short' } as PgBoss.Queue);
  await boss.schedule(SCHEDULE_REINTEGRATION, settings.reintegrationCron);
  await boss.schedule(SCHEDULE_CONTINGENT, settings.contingentSyncCron);

  const enqueue = (request: RunRequest): Promise<string | null> =>
    boss.send(queueOf(request.kind), request as unknown as object, { singletonKey: String(request.partnerId) });

  if (settings.worker) {
    const options = { pollingIntervalSeconds: settings.pollingSeconds };
    for (const kind of KINDS) {
      await boss.work<RunRequest>(queueOf(kind), options, async ([job]) => {
        try {
          await runDistribution(deps, job.data);
        } catch (err) {
          if (err instanceof RunAlreadyActive) logger.info('partner busy, job retried later', { partnerId: job.data.partnerId, kind });
          throw err;
        }
      });
    }
    // the schedules fan out to one job per partner: every partner's reintegration, and the contingent sync of Ticketnet partners
    await boss.work(SCHEDULE_REINTEGRATION, options, async () => {
      for (const p of await listPartners(deps.db)) await enqueue({ partnerId: p.id, kind: 'SALES_REINTEGRATION', trigger: 'SCHEDULE' });
    });
    await boss.work(SCHEDULE_CONTINGENT, options, async () => {
      for (const p of await listPartners(deps.db)) if (p.kind === 'TICKETNET') await enqueue({ partnerId: p.id, kind: 'CONTINGENT_SYNC', trigger: 'SCHEDULE' });
    });
  }
  return {
    enqueue,
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 } as PgBoss.StopOptions);
    },
  };
}

export type JobEngine = Awaited<ReturnType<typeof startJobEngine>>;
