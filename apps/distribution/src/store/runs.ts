import { sql, type Kysely, type Selectable } from 'kysely';
import type { Tables } from '../db/tables';

export type RunKind = 'CATALOG_EXPORT' | 'ALLOTMENT_EXPORT' | 'CONTINGENT_SYNC' | 'SALES_REINTEGRATION';
export type RunState = 'RUNNING' | 'OK' | 'ERROR' | 'ABANDONED';

export interface RunRow {
  id: number;
  partnerId: number;
  kind: RunKind;
  trigger: string;
  state: RunState;
  startedAt: Date;
  finishedAt: Date | null;
  okCount: number;
  errorCount: number;
}

export class RunAlreadyActive extends Error {
  constructor(readonly partnerId: number) {
    super(`a run of partner ${partnerId} is already active`);
  }
}

const toRun = (r: Selectable<Tables['runs']>): RunRow => ({
  id: r.id, partnerId: r.partner_id, kind: r.kind as RunKind, trigger: r.trigger, state: r.state as RunState, startedAt: new Date(r.started_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null, okCount: r.ok_count, errorCount: r.error_count,
});

/**
 * Starts a run, or throws RunAlreadyActive while another run of the partner is RUNNING on any
 * instance (a unique index says so, not a read then a write). A RUNNING run whose heartbeat is
 * older than `staleSeconds` belonged to a dead worker: it is marked ABANDONED and replaced.
 */
export async function startRun(db: Kysely<Tables>, partnerId: number, kind: RunKind, trigger: string, instance: string, staleSeconds: number): Promise<RunRow> {
  await db.updateTable('runs').set({ state: 'ABANDONED', finished_at: new Date() })
    .where('partner_id', '=', partnerId).where('state', '=', 'RUNNING').where('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${staleSeconds})`).execute();
  const row = await db.insertInto('runs').values({ partner_id: partnerId, kind, trigger, state: 'RUNNING', instance })
    .onConflict((c) => c.column('partner_id').where('state', '=', 'RUNNING').doNothing()).returningAll().executeTakeFirst();
  if (!row) throw new RunAlreadyActive(partnerId);
  return toRun(row);
}

export async function logObject(db: Kysely<Tables>, runId: number, objectType: string, objectId: string, error?: string): Promise<void> {
  await db.insertInto('run_logs').values({ run_id: runId, object_type: objectType, object_id: objectId, status: error ? 'ERROR' : 'OK', reason: error ?? null }).execute();
  await db.updateTable('runs').set(error ? { error_count: sql`error_count + 1`, heartbeat_at: new Date() } : { ok_count: sql`ok_count + 1`, heartbeat_at: new Date() }).where('id', '=', runId).execute();
}

export async function finishRun(db: Kysely<Tables>, runId: number): Promise<RunRow> {
  const row = await db.updateTable('runs').set({ state: sql`CASE WHEN error_count > 0 THEN 'ERROR' ELSE 'OK' END`, finished_at: new Date() }).where('id', '=', runId).returningAll().executeTakeFirstOrThrow();
  return toRun(row);
}

export async function listRuns(db: Kysely<Tables>, partnerId: number | undefined, limit: number): Promise<RunRow[]> {
  let q = db.selectFrom('runs').selectAll().orderBy('id', 'desc').limit(limit);
  if (partnerId !== undefined) q = q.where('partner_id', '=', partnerId);
  return (await q.execute()).map(toRun);
}

export async function runLogs(db: Kysely<Tables>, runId: number) {
  return db.selectFrom('run_logs').select(['object_type as objectType', 'object_id as objectId', 'status', 'reason', 'at']).where('run_id', '=', runId).orderBy('id').execute();
}
