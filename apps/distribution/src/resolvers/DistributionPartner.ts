import type { DistributionPartnerResolvers } from '../__generated__/resolvers';
import { CorrespondenceIndex } from '../rules/correspondenceIndex';
import { exportability } from '../rules/exportability';
import { requiredCorrespondences } from '../rules/requiredCorrespondences';
import { listCorrespondences, type Partner } from '../store/partners';
import type { DistributionContext } from '../context';

async function offer(partner: Partner, ctx: DistributionContext) {
  const { products } = await ctx.channelCatalog(partner.settings.salesChannelCode);
  return products.filter((p) => partner.settings.productIds.length === 0 || partner.settings.productIds.includes(p.productId));
}

export const DistributionPartner: DistributionPartnerResolvers = {
  id: (p) => String(p.id),
  salesChannelCode: (p) => p.settings.salesChannelCode,
  productIds: (p) => p.settings.productIds.map(String),
  notificationEmails: (p) => p.settings.notificationEmails,
  priceDifference: (p) => p.settings.priceDifference,
  correspondences: (p, _a, ctx) => listCorrespondences(ctx.db, p.id),
  async linesToFill(p, _a, ctx) {
    const index = new CorrespondenceIndex(p.kind, await listCorrespondences(ctx.db, p.id));
    return requiredCorrespondences(p.kind, await offer(p, ctx))
      .filter((r) => index.get(r.objectType, r.id) === undefined)
      .map((r) => ({ objectType: r.objectType, managerId: r.id, label: r.label, suggestion: r.suggestion ?? null }));
  },
  async exportables(p, _a, ctx) {
    const index = new CorrespondenceIndex(p.kind, await listCorrespondences(ctx.db, p.id));
    return exportability(p.kind, await offer(p, ctx), index, new Date(ctx.now).toISOString()).map((e) => ({
      productId: String(e.productId), performanceId: e.performanceId === undefined ? null : String(e.performanceId), exportable: e.exportable, reasons: e.reasons,
    }));
  },
};
