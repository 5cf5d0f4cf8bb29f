import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';

/** A notification is written in the database first (a test or an operator can read it), then sent. */
export async function enqueueMail(db: Kysely<Tables>, mail: { partnerId: number; runId: number | null; recipients: string[]; subject: string; body: string }): Promise<void> {
  await db.insertInto('outbox').values({ partner_id: mail.partnerId, run_id: mail.runId, recipients: mail.recipients.join(';'), subject: mail.subject, body: mail.body }).execute();
}

export async function unsentMail(db: Kysely<Tables>, limit = 20) {
  return db.selectFrom('outbox').selectAll().where('sent_at', 'is', null).where('error', 'is', null).orderBy('id').limit(limit).execute();
}

export async function markSent(db: Kysely<Tables>, id: number, error?: string): Promise<void> {
  await db.updateTable('outbox').set(error ? { error: error.slice(0, 500) } : { sent_at: new Date() }).where('id', '=', id).execute();
}
