import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables';

export type Claim =
  /** ours: SecuTix has not been called for it yet */
  | { state: 'CLAIMED'; token: string }
  /** ours, taken over from a worker that died or lost its answer: ask SecuTix first whether it went through */
  | { state: 'RECLAIMED'; token: string }
  /** another worker holds a fresh claim, or it is done */
  | { state: 'BUSY' | 'DONE' };

export interface LedgerKey {
  partnerId: number;
  partnerOperationId: string;
}

/**
 * The reintegration ledger: one row per partner operation (unique key), claimed in the database
 * before SecuTix is called and marked done with SecuTix's answer. Whatever retries, restarts or
 * concurrent workers happen, only the holder of a claim calls SecuTix; a claim older than
 * `staleSeconds` is taken over and reconciled (the caller asks SecuTix by reference first).
 * A FAILED row is one SecuTix refused for a business reason: it was not done and may be claimed again.
 */
export async function claim(db: Kysely<Tables>, key: LedgerKey, kind: string, token: string, staleSeconds: number): Promise<Claim> {
  const inserted = await db.insertInto('reintegration_ledger')
    .values({ partner_id: key.partnerId, partner_operation_id: key.partnerOperationId, kind, state: 'CLAIMED', claim_token: token, claimed_at: new Date(), secutix_order_id: null, secutix_operation_ids: null, detail: null, done_at: null })
    .onConflict((c) => c.columns(['partner_id', 'partner_operation_id']).doNothing()).returning('claim_token').executeTakeFirst();
  if (inserted) return { state: 'CLAIMED', token };
  // one statement decides a takeover, so two workers never both win it
  const taken = await db.updateTable('reintegration_ledger').set({ claim_token: token, claimed_at: new Date(), state: 'CLAIMED' })
    .where('partner_id', '=', key.partnerId).where('partner_operation_id', '=', key.partnerOperationId)
    .where((w) => w.or([w('state', '=', 'FAILED'), w.and([w('state', '=', 'CLAIMED'), w('claimed_at', '<', sql<Date>`now() - make_interval(secs => ${staleSeconds})`)])]))
    .returning(['detail']).executeTakeFirst();
  if (taken) return { state: 'RECLAIMED', token };
  const row = await db.selectFrom('reintegration_ledger').select('state').where('partner_id', '=', key.partnerId).where('partner_operation_id', '=', key.partnerOperationId).executeTakeFirst();
  return { state: row?.state === 'DONE' ? 'DONE' : 'BUSY' };
}

export async function markDone(db: Kysely<Tables>, key: LedgerKey, token: string, orderId: number, operationIds: number[], detail?: string): Promise<boolean> {
  const r = await db.updateTable('reintegration_ledger').set({ state: 'DONE', secutix_order_id: String(orderId), secutix_operation_ids: operationIds.join(','), detail: detail ?? null, done_at: new Date() })
    .where('partner_id', '=', key.partnerId).where('partner_operation_id', '=', key.partnerOperationId).where('claim_token', '=', token).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** SecuTix refused it (nothing was done there): retried by a later run, once the cause is fixed */
export async function markFailed(db: Kysely<Tables>, key: LedgerKey, token: string, reason: string): Promise<void> {
  await db.updateTable('reintegration_ledger').set({ state: 'FAILED', detail: reason.slice(0, 1000) })
    .where('partner_id', '=', key.partnerId).where('partner_operation_id', '=', key.partnerOperationId).where('claim_token', '=', token).execute();
}

/** the SecuTix order and operations a partner sale became, for its duplicates and refunds */
export async function doneSale(db: Kysely<Tables>, key: LedgerKey): Promise<{ orderId: number; operationIds: number[] } | undefined> {
  const row = await db.selectFrom('reintegration_ledger').select(['secutix_order_id', 'secutix_operation_ids']).where('partner_id', '=', key.partnerId)
    .where('partner_operation_id', '=', key.partnerOperationId).where('state', '=', 'DONE').executeTakeFirst();
  return row?.secutix_order_id ? { orderId: Number(row.secutix_order_id), operationIds: (row.secutix_operation_ids ?? '').split(',').filter(Boolean).map(Number) } : undefined;
}
