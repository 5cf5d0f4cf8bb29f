import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';

/** Events that reached a partner: Ticketnet takes an event once (docs/secutix/distribution.md), so this refuses a second export. */
export async function exportedEvent(db: Kysely<Tables>, partnerId: number, eventId: string) {
  return db.selectFrom('catalog_exports').selectAll().where('partner_id', '=', partnerId).where('external_event_id', '=', eventId).executeTakeFirst();
}

export async function recordExport(db: Kysely<Tables>, partnerId: number, eventId: string, productId: number, runId: number): Promise<void> {
  await db.insertInto('catalog_exports').values({ partner_id: partnerId, external_event_id: eventId, product_id: productId, run_id: runId }).onConflict((c) => c.doNothing()).execute();
}
