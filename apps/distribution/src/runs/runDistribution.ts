import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import { connectPartner } from '../partners/connectPartner';
import { CorrespondenceIndex } from '../rules/correspondenceIndex';
import type { ExternalSalesClient } from '../secutix/ExternalSalesClient';
import { enqueueMail } from '../store/outbox';
import { findPartner, listCorrespondences, type Partner } from '../store/partners';
import { finishRun, logObject, startRun, type RunKind, type RunRow } from '../store/runs';
import { exportAllotments } from './exportAllotments';
import { exportCatalog } from './exportCatalog';
import { reintegrateSales } from './reintegrateSales';
import type { RunContext } from './RunContext';
import { reintegrationSince } from './reintegrationSince';

export interface RunDeps {
  db: Kysely<Tables>;
  sales: ExternalSalesClient;
  instance: string;
  partnerTimeoutMs: number;
  /** a RUNNING run without a heartbeat for this long belonged to a dead worker */
  runStaleSeconds: number;
  claimStaleSeconds: number;
  now(): number;
}

/** what a run of this partner works with: the channel's offer (one SecuTix call), its correspondences, the partner */
export async function runContext(deps: RunDeps, partner: Partner, runId: number): Promise<RunContext> {
  const { channel, products } = await deps.sales.channelCatalog(partner.settings.salesChannelCode);
  return {
    db: deps.db, runId, partner, port: connectPartner(partner, deps.partnerTimeoutMs), sales: deps.sales, channel,
    products: products.filter((p) => partner.settings.productIds.length === 0 || partner.settings.productIds.includes(p.productId)),
    index: new CorrespondenceIndex(partner.kind, await listCorrespondences(deps.db, partner.id)),
    nowIso: new Date(deps.now()).toISOString(), claimStaleSeconds: deps.claimStaleSeconds,
    log: (type, id, error) => logObject(deps.db, runId, type, String(id), error),
  };
}

export interface RunRequest {
  partnerId: number;
  kind: RunKind;
  trigger: 'MANUAL' | 'SCHEDULE';
  productIds?: number[];
}

/**
 * One run of one partner: takes the partner's run slot (one active run per partner across all
 * instances, or RunAlreadyActive), works object by object with a log line each, and notifies the
 * partner's operators when anything failed. Failures of one object never stop the others.
 */
export async function runDistribution(deps: RunDeps, request: RunRequest): Promise<RunRow> {
  const partner = await findPartner(deps.db, request.partnerId);
  if (!partner) throw new Error(`no partner ${request.partnerId}`);
  const run = await startRun(deps.db, partner.id, request.kind, request.trigger, deps.instance, deps.runStaleSeconds);
  const log = (type: string, id: string | number, error?: string) => logObject(deps.db, run.id, type, String(id), error);
  try {
    const ctx = await runContext(deps, partner, run.id);
    if (request.kind === 'CATALOG_EXPORT') await exportCatalog(ctx, request.productIds);
    else if (request.kind === 'ALLOTMENT_EXPORT') await exportAllotments(ctx, { productIds: request.productIds });
    else if (request.kind === 'CONTINGENT_SYNC') await exportAllotments(ctx, { productIds: request.productIds, unnumberedOnly: true });
    else await reintegrateSales(ctx, await reintegrationSince(deps.db, partner.id, run.id));
  } catch (err) {
    await log('RUN', run.id, `The run stopped: ${(err as Error).message.slice(0, 300)}`);
  }
  const finished = await finishRun(deps.db, run.id);
  if (finished.errorCount > 0 && partner.settings.notificationEmails.length > 0) {
    await enqueueMail(deps.db, {
      partnerId: partner.id, runId: run.id, recipients: partner.settings.notificationEmails,
      subject: `[${partner.name}] ${request.kind} run ${run.id}: ${finished.errorCount} error(s)`,
      body: `The ${request.kind} run ${run.id} of ${partner.name} ended with ${finished.okCount} object(s) OK and ${finished.errorCount} in error.\nSee distributionRuns for the log of each object.`,
    });
  }
  return finished;
}
