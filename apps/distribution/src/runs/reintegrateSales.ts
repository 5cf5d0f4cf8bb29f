import { randomUUID } from 'node:crypto';
import { businessRefusal } from '@stx/errors';
import type { PartnerOperation } from '../partners/PartnerPort';
import type { ChannelPerformance, ChannelProduct } from '../rules/channelModel';
import { decidePrice, decimalToThousandths } from '../rules/priceDifference';
import { claim, doneSale, markDone, markFailed, type LedgerKey } from '../store/ledger';
import type { ExternalMovement, SaleLine } from '../secutix/ExternalSalesClient';
import { partnerEvents, partnerZones } from './partnerEvents';
import type { RunContext } from './RunContext';

interface Located {
  product: ChannelProduct;
  performance: ChannelPerformance;
  seatCategoryId: number;
  audienceSubCategoryId: number;
  block: string;
}

/** partner ids → the manager's objects, from the same mapping the exports used */
function locator(ctx: RunContext) {
  const sessions = new Map<string, { product: ChannelProduct; performance: ChannelPerformance; zones: Map<string, { seatCategoryId: number; code: string }>; tariffs: Map<string, number> }>();
  for (const product of ctx.products) {
    if (ctx.partner.kind === 'TICKETNET' && product.kind !== 'EVENT') continue;
    let mapped;
    try {
      mapped = partnerEvents(product, ctx.index);
    } catch {
      continue; // not mapped yet: its operations are reported as unknown below
    }
    for (const { event, performances } of mapped) {
      for (const { performance, sessionId } of performances) {
        const zones = new Map(partnerZones(performance, ctx.index).map((z, i) => [z.zoneId, { seatCategoryId: performance.zones[i].seatCategoryId, code: performance.zones[i].code }]));
        const tariffs = new Map(event.tariffs.map((t, i) => [t.tariffId, product.tariffs[i].audienceSubCategoryId]));
        sessions.set(`${event.eventId}/${sessionId}`, { product, performance, zones, tariffs });
      }
    }
  }
  return (op: PartnerOperation): Located | string => {
    const s = sessions.get(`${op.eventId}/${op.sessionId}`);
    if (!s) return `No SecuTix performance corresponds to event ${op.eventId} session ${op.sessionId}.`;
    const zone = s.zones.get(op.zoneId);
    const audienceSubCategoryId = s.tariffs.get(op.tariffId);
    if (!zone || audienceSubCategoryId === undefined) return `No SecuTix zone or tariff corresponds to zone ${op.zoneId}, tariff ${op.tariffId}.`;
    return { product: s.product, performance: s.performance, seatCategoryId: zone.seatCategoryId, audienceSubCategoryId, block: zone.code };
  };
}

/**
 * Reads the partner's operations since `since` and makes each one SecuTix movement exactly once:
 * a sale becomes an order on the channel's technical contact paid by waiting account, a
 * duplicate a reissued ticket, a refund the refund of the sale's operation. The ledger is claimed
 * before SecuTix is called; a claim taken over from a dead worker first asks SecuTix whether the
 * movement went through (by our reference) and records that instead of calling again.
 */
export async function reintegrateSales(ctx: RunContext, since: Date): Promise<void> {
  const operations = (await ctx.port.operationsSince(since)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const locate = locator(ctx);
  for (const op of operations) {
    const key: LedgerKey = { partnerId: ctx.partner.id, partnerOperationId: op.operationId };
    const reference = `P${ctx.partner.id}:${op.operationId}`;
    const claimed = await claim(ctx.db, key, op.type, randomUUID(), ctx.claimStaleSeconds);
    if (!('token' in claimed)) continue; // done, or another worker holds a fresh claim
    const token = claimed.token;
    if (claimed.state === 'RECLAIMED') {
      const found = (await ctx.sales.movements(reference))[0];
      if (found) {
        await markDone(ctx.db, key, token, found.orderId, found.operationIds, 'reconciled');
        await ctx.log(op.type, op.operationId);
        continue;
      }
    }
    let movement: ExternalMovement | string;
    try {
      movement = await perform(ctx, op, locate, reference);
    } catch (err) {
      // a business refusal was not done in SecuTix and may be retried; anything else has an unknown outcome
      const refusal = businessRefusal(err);
      if (refusal !== undefined) await markFailed(ctx.db, key, token, `SecuTix refused it (${refusal}).`);
      // otherwise the claim stays: a later run reconciles it once it is stale
      await ctx.log(op.type, op.operationId, refusal !== undefined ? `SecuTix refused it (${refusal}).` : 'SecuTix did not answer; the operation will be checked and completed by a later run.');
      continue;
    }
    if (typeof movement === 'string') {
      await markFailed(ctx.db, key, token, movement);
      await ctx.log(op.type, op.operationId, movement);
      continue;
    }
    await markDone(ctx.db, key, token, movement.orderId, movement.operationIds);
    await ctx.log(op.type, op.operationId);
  }
}

async function perform(ctx: RunContext, op: PartnerOperation, locate: ReturnType<typeof locator>, reference: string): Promise<ExternalMovement | string> {
  if (op.type === 'SALE') {
    const where = locate(op);
    if (typeof where === 'string') return where;
    const partnerAmount = decimalToThousandths(op.price);
    const tariff = where.product.tariffs.find((t) => t.audienceSubCategoryId === where.audienceSubCategoryId);
    const secutixAmount = tariff?.prices.find((p) => p.seatCategoryId === where.seatCategoryId || p.seatCategoryId === 0)?.amount;
    if (partnerAmount === undefined || secutixAmount === undefined) return `No price to compare for operation ${op.operationId}.`;
    const decision = decidePrice(ctx.partner.settings.priceDifference, secutixAmount, partnerAmount);
    if (!decision.ok) return decision.reason;
    const line: SaleLine = { performanceId: where.performance.performanceId, seatCategoryId: where.seatCategoryId, audienceSubCategoryId: where.audienceSubCategoryId, block: where.block, row: op.row, number: op.number };
    return ctx.sales.importSale(ctx.channel, reference, [line]);
  }
  const sale = op.refersTo ? await doneSale(ctx.db, { partnerId: ctx.partner.id, partnerOperationId: op.refersTo }) : undefined;
  if (!sale) return `The sale ${op.refersTo ?? '?'} this ${op.type.toLowerCase()} is about is not in SecuTix yet; it is retried by the next run.`;
  if (op.type === 'DUPLICATE') return ctx.sales.duplicateTicket(sale.orderId, sale.operationIds[0], reference);
  return ctx.sales.refundSale(sale.orderId, sale.operationIds, reference);
}
