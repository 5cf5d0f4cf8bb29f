import { renderMessage } from '@stx/errors';
import { exportability } from '../rules/exportability';
import { exportedEvent, recordExport } from '../store/catalogExports';
import { partnerEvents } from './partnerEvents';
import type { RunContext } from './RunContext';

/** what SecuTix's advice when Ticketnet already has the event (ALREADY_EXPORTED) names: the event and when it went */
export function alreadyExportedFacts(eventId: string, at: Date) {
  return { eventId, exportedAt: at.toISOString().slice(0, 16).replace('T', ' ') };
}

/** the run log's line (in English, like every log line): the catalogue's ALREADY_EXPORTED message */
export function alreadyExportedAdvice(eventId: string, at: Date): string {
  return `ALREADY_EXPORTED: ${renderMessage('ALREADY_EXPORTED', 'en', alreadyExportedFacts(eventId, at))}`;
}

/**
 * Creates the channel's products at the partner. Another institution updates an event sent
 * again (a synchronisation); Ticketnet takes each event once, so an event already exported is
 * refused here with the seed's advice, before Ticketnet is asked.
 */
export async function exportCatalog(ctx: RunContext, productIds?: readonly number[]): Promise<void> {
  const verdicts = exportability(ctx.partner.kind, ctx.products, ctx.index, ctx.nowIso);
  for (const product of ctx.products.filter((p) => !productIds || productIds.includes(p.productId))) {
    const verdict = verdicts.find((v) => v.productId === product.productId && v.performanceId === undefined)!;
    if (!verdict.exportable) {
      await ctx.log('PRODUCT', product.productId, verdict.reasons.join(' '));
      continue;
    }
    for (const { event } of partnerEvents(product, ctx.index)) {
      const before = ctx.partner.kind === 'TICKETNET' ? await exportedEvent(ctx.db, ctx.partner.id, event.eventId) : undefined;
      if (before) {
        await ctx.log('EVENT', event.eventId, alreadyExportedAdvice(event.eventId, new Date(before.exported_at)));
        continue;
      }
      try {
        const result = await ctx.port.sendEvent(event);
        if (result === 'ALREADY_EXISTS') {
          await recordExport(ctx.db, ctx.partner.id, event.eventId, product.productId, ctx.runId);
          await ctx.log('EVENT', event.eventId, alreadyExportedAdvice(event.eventId, new Date()));
          continue;
        }
        await recordExport(ctx.db, ctx.partner.id, event.eventId, product.productId, ctx.runId);
        await ctx.log('EVENT', event.eventId);
      } catch (err) {
        await ctx.log('EVENT', event.eventId, (err as Error).message);
      }
    }
  }
}
