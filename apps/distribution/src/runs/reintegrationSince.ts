import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables';

/** operations can reach the partner's list a little late: every window overlaps the last one by this much */
export const REINTEGRATION_OVERLAP_MS = 3600_000;

/**
 * Where a reintegration reads the partner's operations from: the start of the last reintegration
 * that ended without error (minus an overlap), or since the partner exists. Reading an operation
 * twice is harmless: the ledger does each one once.
 */
export async function reintegrationSince(db: Kysely<Tables>, partnerId: number, currentRunId: number): Promise<Date> {
  const last = await db.selectFrom('runs').select('started_at').where('partner_id', '=', partnerId).where('kind', '=', 'SALES_REINTEGRATION')
    .where('state', '=', 'OK').where('id', '<>', currentRunId).orderBy('id', 'desc').executeTakeFirst();
  if (last) return new Date(new Date(last.started_at).getTime() - REINTEGRATION_OVERLAP_MS);
  const partner = await db.selectFrom('partners').select(sql<Date>`created_at - interval '1 day'`.as('since')).where('id', '=', partnerId).executeTakeFirstOrThrow();
  return new Date(partner.since);
}
