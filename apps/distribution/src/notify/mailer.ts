import type { Kysely } from 'kysely';
import { createTransport } from 'nodemailer';
import type { Logger } from '@stx/observability';
import type { Tables } from '../db/tables';
import { markSent, unsentMail } from '../store/outbox';

/**
 * Sends the outbox through SMTP (nodemailer) when DISTRIBUTION_SMTP_URL is set; without it the
 * notifications stay in the outbox table, where operators and tests read them.
 */
export function outboxSender(db: Kysely<Tables>, smtpUrl: string | undefined, from: string, logger: Logger) {
  const transport = smtpUrl ? createTransport(smtpUrl) : undefined;
  return async function sendPending(): Promise<number> {
    if (!transport) return 0;
    let sent = 0;
    for (const mail of await unsentMail(db)) {
      try {
        await transport.sendMail({ from, to: mail.recipients.split(';'), subject: mail.subject, text: mail.body });
        await markSent(db, mail.id);
        sent++;
      } catch (err) {
        logger.warn('notification not sent', { id: mail.id, error: (err as Error).message.slice(0, 200) });
        await markSent(db, mail.id, (err as Error).message);
      }
    }
    return sent;
  };
}
