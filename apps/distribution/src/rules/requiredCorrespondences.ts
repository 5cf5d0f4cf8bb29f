import type { ChannelProduct } from './channelModel';
import type { ObjectType } from './correspondenceRules';
import type { PartnerKind } from './partnerSettings';
import { suggestCompetitionPerformance, suggestEvent, suggestOrdinal, suggestZone } from './suggestions';

/** One object a partner needs a correspondence for; `id` is the manager's SecuTix id. */
export interface RequiredObject {
  objectType: ObjectType;
  id: string;
  label: string;
  /** Ticketnet only: the value SecuTix's Ticketnet guide suggests */
  suggestion?: string;
  productId: number;
  performanceId?: number;
}

/**
 * Every correspondence the channel's products need with this partner, once each, in offer order:
 * the one list behind "lines still to fill", exportability and the exports themselves.
 */
export function requiredCorrespondences(kind: PartnerKind, products: readonly ChannelProduct[]): RequiredObject[] {
  const out = new Map<string, RequiredObject>();
  const add = (o: RequiredObject) => {
    const key = `${o.objectType}:${o.id}`;
    if (!out.has(key)) out.set(key, o);
  };
  const ordinals = new Map<string, number>();
  const ordinal = (type: string, id: number) => {
    const key = `${type}:${id}`;
    if (!ordinals.has(key)) ordinals.set(key, [...ordinals.keys()].filter((k) => k.startsWith(`${type}:`)).length);
    return ordinals.get(key)!;
  };
  const eventsPerYear = new Map<number, number>();
  const nextEvent = (year: number) => {
    const n = eventsPerYear.get(year) ?? 0;
    eventsPerYear.set(year, n + 1);
    return suggestEvent(year, n);
  };
  for (const p of products) {
    if (kind === 'SECUTIX_INSTITUTION') {
      add({ objectType: 'SEASON', id: String(p.seasonId), label: `season of ${p.name}`, productId: p.productId });
      add({ objectType: 'ACTIVITY', id: String(p.activityId), label: `activity of ${p.name}`, productId: p.productId });
      add({ objectType: 'VAT_CODE', id: String(p.vatCodeId), label: `VAT code of ${p.name}`, productId: p.productId });
      for (const t of p.tariffs) {
        add({ objectType: 'TARIFF_TYPE', id: String(t.tariffTypeId), label: `tariff type of ${t.code}`, productId: p.productId });
        add({ objectType: 'AUDIENCE_SUB_CATEGORY', id: String(t.audienceSubCategoryId), label: t.code, productId: p.productId });
      }
      for (const perf of p.performances) for (const z of perf.zones) add({ objectType: 'SEAT_CATEGORY', id: String(z.seatCategoryId), label: `seat category of zone ${z.code}`, productId: p.productId });
      continue;
    }
    if (p.kind !== 'EVENT') continue; // Ticketnet sells numbered events only (exportability says why)
    const year = Number((p.performances[0]?.start ?? '2000').slice(0, 4));
    if (!p.competition) add({ objectType: 'EVENT', id: String(p.productId), label: p.name, suggestion: nextEvent(year), productId: p.productId });
    for (const perf of p.performances) {
      if (p.competition) {
        add({ objectType: 'PERFORMANCE', id: String(perf.performanceId), label: `${p.name}, ${perf.start.slice(0, 16)}`, suggestion: suggestCompetitionPerformance(nextEvent(Number(perf.start.slice(0, 4))), perf.start), productId: p.productId, performanceId: perf.performanceId });
      }
      add({ objectType: 'HALL', id: String(perf.hall.id), label: perf.hall.name, suggestion: suggestOrdinal(ordinal('HALL', perf.hall.id)), productId: p.productId, performanceId: perf.performanceId });
      for (const z of perf.zones) {
        add({ objectType: 'ZONE', id: String(z.zoneId), label: `zone ${z.code}`, suggestion: suggestZone(z.code) ?? suggestOrdinal(ordinal('ZONE', z.zoneId)), productId: p.productId, performanceId: perf.performanceId });
        add({ objectType: 'CATEGORY', id: String(z.logicalSeatCategoryId), label: `logical seat category of zone ${z.code}`, suggestion: suggestOrdinal(ordinal('CATEGORY', z.logicalSeatCategoryId)), productId: p.productId, performanceId: perf.performanceId });
      }
    }
    for (const t of p.tariffs) add({ objectType: 'TARIFF', id: String(t.audienceSubCategoryId), label: t.code, suggestion: suggestOrdinal(ordinal('TARIFF', t.audienceSubCategoryId)), productId: p.productId });
  }
  return [...out.values()];
}
