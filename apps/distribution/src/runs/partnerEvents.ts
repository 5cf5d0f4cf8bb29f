import { moneyFromThousandths } from '@stx/domain-rules';
import type { PartnerEvent, PartnerZone } from '../partners/PartnerPort';
import type { ChannelPerformance, ChannelProduct } from '../rules/channelModel';
import type { CorrespondenceIndex } from '../rules/correspondenceIndex';
import { splitCompetitionValue } from '../rules/correspondenceRules';
import { sessionStamp } from '../rules/suggestions';
import { unnumberedSeatRows } from '../rules/unnumberedSeatRows';

/** One partner event and the performances it carries, in the partner's ids. */
export interface MappedEvent {
  event: PartnerEvent;
  performances: { performance: ChannelPerformance; sessionId: string }[];
}

const price = (amount: number) => moneyFromThousandths(amount, 'EUR').amount;

/**
 * A product as the partner's events. Ticketnet: one event per product, or for a competition one
 * per performance (`<event>_<session>`, docs/secutix/distribution.md). Another institution: one event keyed by the
 * manager's product id, carrying the distributor's ids of its season, activity, VAT code, tariff
 * types and audience sub-categories (docs/secutix/distribution.md). Assumes exportability said yes.
 */
export function partnerEvents(product: ChannelProduct, index: CorrespondenceIndex): MappedEvent[] {
  const ticketnet = index.kind === 'TICKETNET';
  const tariffs = product.tariffs.map((t) => ({
    tariffId: ticketnet ? index.get('TARIFF', t.audienceSubCategoryId)! : String(index.get('AUDIENCE_SUB_CATEGORY', t.audienceSubCategoryId)),
    name: t.code,
    price: price(t.prices[0]?.amount ?? 0),
  }));
  const categories = (perfs: ChannelPerformance[]) => [...new Map(perfs.flatMap((p) => p.zones).map((z) => [z.logicalSeatCategoryId, z])).values()].map((z) => ({
    categoryId: ticketnet ? index.get('CATEGORY', z.logicalSeatCategoryId)! : String(index.get('SEAT_CATEGORY', z.seatCategoryId)),
    name: z.code,
  }));
  const build = (eventId: string, perfs: { performance: ChannelPerformance; sessionId: string }[]): MappedEvent => ({
    event: {
      eventId, name: product.name,
      hallId: ticketnet ? index.get('HALL', perfs[0]?.performance.hall.id ?? 0) ?? '' : String(perfs[0]?.performance.hall.id ?? ''),
      sessions: perfs.map((p) => ({ sessionId: p.sessionId, startsAt: p.performance.start })),
      categories: categories(perfs.map((p) => p.performance)),
      tariffs,
      ...(ticketnet ? {} : { references: { season: index.get('SEASON', product.seasonId)!, activity: index.get('ACTIVITY', product.activityId)!, vatCode: index.get('VAT_CODE', product.vatCodeId)! } }),
    },
    performances: perfs,
  });
  if (ticketnet && product.competition) {
    return product.performances.map((performance) => {
      const { event, session } = splitCompetitionValue(index.get('PERFORMANCE', performance.performanceId)!);
      return build(event, [{ performance, sessionId: session ?? sessionStamp(performance.start) }]);
    });
  }
  const eventId = ticketnet ? index.get('EVENT', product.productId)! : String(product.productId);
  return [build(eventId, product.performances.map((performance) => ({ performance, sessionId: index.get('PERFORMANCE', performance.performanceId) ?? sessionStamp(performance.start) })))];
}

/** The channel's contingent for one performance; unnumbered zones as rows of 1,000 seats. */
export function partnerZones(performance: ChannelPerformance, index: CorrespondenceIndex): PartnerZone[] {
  const ticketnet = index.kind === 'TICKETNET';
  return performance.zones.map((z) => ({
    zoneId: ticketnet ? index.get('ZONE', z.zoneId)! : String(z.zoneId),
    categoryId: ticketnet ? index.get('CATEGORY', z.logicalSeatCategoryId)! : String(index.get('SEAT_CATEGORY', z.seatCategoryId)),
    numbered: z.numbered,
    ...(z.numbered ? { seats: z.seats ?? [] } : { rows: unnumberedSeatRows(z.capacity).map((r) => ({ row: String(r.row), first: r.first, last: r.last })) }),
  }));
}
