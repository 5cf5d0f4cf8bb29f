import { exportability } from '../rules/exportability';
import { partnerEvents, partnerZones } from './partnerEvents';
import type { RunContext } from './RunContext';

/**
 * Sends each exportable performance's seats of the channel's contingent (the partner replaces
 * the session's allotment). `unnumberedOnly` is the daily contingent synchronisation, which
 * SecuTix sets up for unnumbered events only (docs/secutix/distribution.md).
 */
export async function exportAllotments(ctx: RunContext, options: { productIds?: readonly number[]; unnumberedOnly?: boolean } = {}): Promise<void> {
  const verdicts = exportability(ctx.partner.kind, ctx.products, ctx.index, ctx.nowIso);
  for (const product of ctx.products.filter((p) => !options.productIds || options.productIds.includes(p.productId))) {
    const productVerdict = verdicts.find((v) => v.productId === product.productId && v.performanceId === undefined)!;
    if (!productVerdict.exportable) {
      if (!options.unnumberedOnly) await ctx.log('PRODUCT', product.productId, productVerdict.reasons.join(' '));
      continue;
    }
    for (const { event, performances } of partnerEvents(product, ctx.index)) {
      for (const { performance, sessionId } of performances) {
        if (options.unnumberedOnly && performance.zones.every((z) => z.numbered)) continue;
        const verdict = verdicts.find((v) => v.performanceId === performance.performanceId)!;
        if (!verdict.exportable) {
          await ctx.log('PERFORMANCE', performance.performanceId, verdict.reasons.join(' '));
          continue;
        }
        try {
          await ctx.port.sendAllotment(event.eventId, sessionId, partnerZones(performance, ctx.index));
          await ctx.log('PERFORMANCE', performance.performanceId);
        } catch (err) {
          await ctx.log('PERFORMANCE', performance.performanceId, (err as Error).message);
        }
      }
    }
  }
}
