import type { ChannelProduct } from './channelModel';
import type { CorrespondenceIndex } from './correspondenceIndex';
import type { PartnerKind } from './partnerSettings';
import { requiredCorrespondences } from './requiredCorrespondences';

export interface Exportability {
  productId: number;
  performanceId?: number;
  exportable: boolean;
  reasons: string[];
}

/** Why Ticketnet's numbered flow cannot take these products, and what to do instead. */
export const NOT_NUMBERED_REASONS = {
  VISIT_PASS: 'Ticketnet sells numbered events only: a visit pass cannot go through the numbered flow. Sell it through a separate Ticketnet channel without catalog or contingent synchronisation.',
  UNDATED_PASS: "Ticketnet sells numbered events only: an undated pass cannot go through the numbered flow. It needs Ticketnet's flat files (CSV) in SecuTix's external integration format.",
} as const;

/**
 * Which of the channel's products and performances can go to this partner now, and why not for
 * the others: the product kind (Ticketnet: numbered events only), a performance without seats in
 * the channel's contingent, or correspondences still to fill (named).
 */
export function exportability(kind: PartnerKind, products: readonly ChannelProduct[], index: CorrespondenceIndex, nowIso: string): Exportability[] {
  const out: Exportability[] = [];
  for (const p of products) {
    if (kind === 'TICKETNET' && p.kind !== 'EVENT') {
      out.push({ productId: p.productId, exportable: false, reasons: [NOT_NUMBERED_REASONS[p.kind]] });
      continue;
    }
    const missing = (performanceId?: number) =>
      requiredCorrespondences(kind, [p])
        .filter((r) => (performanceId === undefined ? r.performanceId === undefined : r.performanceId === performanceId))
        .filter((r) => index.get(r.objectType, r.id) === undefined)
        .map((r) => `Correspondence missing: ${r.objectType} ${r.id} (${r.label}).`);
    const productReasons = missing();
    out.push({ productId: p.productId, exportable: productReasons.length === 0, reasons: productReasons });
    for (const perf of p.performances) {
      const reasons = [...missing(perf.performanceId)];
      if (perf.start < nowIso) reasons.push('The performance has already started.');
      if (perf.zones.length === 0) reasons.push("No seats of this performance are in the channel's contingent.");
      out.push({ productId: p.productId, performanceId: perf.performanceId, exportable: productReasons.length === 0 && reasons.length === 0, reasons });
    }
  }
  return out;
}
