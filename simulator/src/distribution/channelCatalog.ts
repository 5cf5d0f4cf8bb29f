import type { Product, Season } from '../data/catalogTypes';
import type { SimulatorState } from '../data/SimulatorState';

/**
 * What the manager institution offers through its distribution channels, as SecuTix's external
 * sales set-up would describe it (docs/secutix/protocol.md, ExternalSalesService): the products of the
 * activity/product profiles linked to the channel, with the facts the partners need (hall, zones
 * and the contingent's seats, VAT code, activity, tariff types). Derived from the generated
 * catalog, so its ids are the catalog's and its sales land in the same stock.
 */
export type ChannelProductKind = 'EVENT' | 'VISIT_PASS' | 'UNDATED_PASS';

export interface ChannelZone {
  zoneId: number;
  code: string;
  seatCategoryId: number;
  logicalSeatCategoryId: number;
  numbered: boolean;
  /** numbered zones: the contingent's seats; unnumbered zones: capacity only */
  seats?: { row: string; number: string }[];
  capacity: number;
}

export interface ChannelTariff {
  audienceSubCategoryId: number;
  tariffTypeId: number;
  code: string;
  /** per seat category, integer thousandths */
  prices: { seatCategoryId: number; amount: number }[];
}

export interface ChannelPerformance {
  performanceId: number;
  start: string;
  hall: { id: number; name: string };
  zones: ChannelZone[];
}

export interface ChannelProduct {
  productId: number;
  name: string;
  kind: ChannelProductKind;
  competition: boolean;
  seasonId: number;
  activityId: number;
  vatCodeId: number;
  tariffs: ChannelTariff[];
  performances: ChannelPerformance[];
}

/** The unnumbered zone of the demo (a lawn of 2,500 places), as the seed's example has it. */
export const UNNUMBERED_CAPACITY = 2500;

export function channelCatalog(state: SimulatorState): ChannelProduct[] {
  const seasons = state.catalog.seasons;
  const all = seasons.flatMap((s) => s.products.map((p) => ({ season: s, product: p })));
  const events = all.filter(({ product }) => product.productFamilyType === 'SINGLE_ENTRY' && (product.event?.performances.length ?? 0) > 0);
  const multi = events.find(({ product }) => product.event!.performances.length > 1);
  const picked = [events[0], multi && multi !== events[0] ? multi : events[1], events.find((e) => e !== events[0] && e !== multi)].filter(Boolean) as typeof events;
  const out = picked.map(({ season, product }, i) => eventProduct(season, product, { competition: i === 1, unnumbered: i === 2 }));
  const pass = all.find(({ product }) => product.productFamilyType === 'PASS');
  if (pass) out.push(passProduct(pass.season, pass.product, 'VISIT_PASS'));
  const membership = all.find(({ product }) => product.productFamilyType === 'MEMBERSHIP');
  if (membership) out.push(passProduct(membership.season, membership.product, 'UNDATED_PASS'));
  return out;
}

function name(product: Product): string {
  return product.externalName.translations.find((t) => t.locale === 'en')?.value ?? product.code;
}

function tariffs(season: Season, prices: { seatCatId?: number; audSubCatId: number; amount: number }[]): ChannelTariff[] {
  const subs = season.audienceCategories.flatMap((c) => c.audienceSubCategories);
  const ids = [...new Set(prices.map((p) => p.audSubCatId))];
  return ids.map((id) => {
    const sub = subs.find((s) => s.id === id);
    return {
      audienceSubCategoryId: id,
      tariffTypeId: sub?.audienceCategoryKind === 'REDUCED' ? 92 : sub?.audienceCategoryKind === 'FREE' ? 93 : 91,
      code: sub?.code ?? String(id),
      prices: prices.filter((p) => p.audSubCatId === id).map((p) => ({ seatCategoryId: p.seatCatId ?? 0, amount: p.amount })),
    };
  });
}

function eventProduct(season: Season, product: Product, options: { competition: boolean; unnumbered: boolean }): ChannelProduct {
  const performances = product.event!.performances.slice(0, 6);
  return {
    productId: product.id,
    name: name(product),
    kind: 'EVENT',
    competition: options.competition,
    seasonId: season.id,
    activityId: product.topicIds[0] ?? 0,
    vatCodeId: 81,
    tariffs: tariffs(season, performances[0].prices),
    performances: performances.map((perf) => ({
      performanceId: perf.id,
      start: perf.start,
      hall: { id: 7000 + (product.id % 3) + 1, name: `Hall ${(product.id % 3) + 1}` },
      zones: perf.seatCategories.map((cat, k) =>
        options.unnumbered && k === 0
          ? { zoneId: perf.id * 10 + k + 1, code: 'GA', seatCategoryId: cat.id, logicalSeatCategoryId: 500 + k + 1, numbered: false, capacity: UNNUMBERED_CAPACITY }
          : { zoneId: perf.id * 10 + k + 1, code: `${String.fromCharCode(65 + k)}${k + 1}`, seatCategoryId: cat.id, logicalSeatCategoryId: 500 + k + 1, numbered: true, seats: seats(2, 10), capacity: 20 },
      ),
    })),
  };
}

function passProduct(season: Season, product: Product, kind: ChannelProductKind): ChannelProduct {
  return {
    productId: product.id,
    name: name(product),
    kind,
    competition: false,
    seasonId: season.id,
    activityId: product.topicIds[0] ?? 0,
    vatCodeId: 81,
    tariffs: tariffs(season, product.prices ?? []),
    performances: kind === 'VISIT_PASS' ? (product.event?.performances ?? []).slice(0, 1).map((p) => ({ performanceId: p.id, start: p.start, hall: { id: 7100, name: 'Museum' }, zones: [] })) : [],
  };
}

function seats(rows: number, perRow: number): { row: string; number: string }[] {
  const out: { row: string; number: string }[] = [];
  for (let r = 1; r <= rows; r++) for (let n = 1; n <= perRow; n++) out.push({ row: String(r), number: String(n) });
  return out;
}
