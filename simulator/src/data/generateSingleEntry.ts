import type { Performance, Product, SeatCategory } from './catalogTypes';
import type { Random } from './createRandom';
import { DAY_MS, iso } from './dates';
import { topicIds, type SeasonAudience } from './institutionSetup';
import { priceRow, toThousandths } from './prices';
import { productKinds } from './productKinds';
import type { ProductPlan } from './productPlan';
import type { PerformanceStock, SeatStock } from './stockTypes';
import { translated } from './translated';

export interface IdCounters {
  seatCategory: number;
  performance: number;
}

export interface SingleEntryContext {
  random: Random;
  ids: IdCounters;
  audience: SeasonAudience;
  /** first day performances may take place */
  firstDay: number;
  today: number;
}

/** A SINGLE_ENTRY product with its event, performances, prices and seat stock. */
export function generateSingleEntry(index: number, plan: ProductPlan, ctx: SingleEntryContext): { product: Product; stocks: PerformanceStock[] } {
  const { random, ids } = ctx;
  const kind = productKinds[plan.kind];
  const productId = 10001 + index;
  const eventId = 60001 + index;
  const [fr, en, de] = kind.title(random);

  const categoryCount = plan.performances === 1 ? 2 : random.int(2, 4);
  const seatCategories: SeatCategory[] = [];
  for (let k = 1; k <= categoryCount; k++) {
    seatCategories.push({ id: 700000 + ++ids.seatCategory, code: `CAT${k}`, externalName: translated(`Catégorie ${k}`, `Category ${k}`, `Kategorie ${k}`) });
  }
  const best = toThousandths(random.int(kind.price[0], kind.price[1]));
  // Performances of a product share one price grid, as in a real SecuTix price table.
  const prices = seatCategories.flatMap((cat, k) => priceRow(Math.max(5000, toThousandths(((1 - 0.2 * k) * best) / 1000)), ctx.audience, cat.id));

  const count = plan.performances ?? random.int(1, 6);
  const offsets = Array.from({ length: count }, () => random.int(0, 150)).sort((a, b) => a - b);
  const shift = plan.saleState === 'SOON' ? 45 : 0;
  const performances: Performance[] = offsets.map((offset) => ({
    id: 900000 + ++ids.performance,
    state: plan.saleState === 'CANCELLED' ? 'CANCELED' : 'RUNNING',
    start: iso(ctx.firstDay + (offset + shift) * DAY_MS + (kind.startAt[0] * 60 + kind.startAt[1]) * 60_000),
    duration: kind.durationS,
    seatCategories,
    prices,
  }));
  if (plan.saleState === 'ON_SALE' && index >= 12 && count > 1 && random.chance(0.15)) {
    performances[random.int(1, count - 1)].state = random.chance(0.6) ? 'CANCELED' : 'SUSPENDED';
  }

  const stocks = performances.map<PerformanceStock>((perf) => ({
    performanceId: perf.id, productId, eventId, state: perf.state,
    categories: new Map(seatCategories.map((cat) => [cat.id, { capacity: random.int(20, 400), remaining: 0 }])),
  }));
  fillStock(stocks, plan, index, random);

  const venue = kind.venue;
  const product: Product = {
    id: productId,
    code: `P${String(index + 1).padStart(6, '0')}`,
    productFamilyType: 'SINGLE_ENTRY',
    state: plan.saleState === 'CANCELLED' ? 'CANCELED' : 'RUNNING',
    externalName: translated(fr, en, de),
    externalDescription: translated(
      `${fr}, ${venue[0]}. ${count} représentation(s) cette saison.`,
      `${en} at the ${venue[1]}. ${count} performance(s) this season.`,
      `${de}, ${venue[2]}. ${count} Vorstellung(en) in dieser Spielzeit.`,
    ),
    topicIds: kind.topics.map((t) => topicIds[t]),
    salesStart: salesStart(plan, ctx),
    salesEnd: performances[performances.length - 1].start,
    event: { id: eventId, performances },
    // prices live on the performances; the product-level list is SecuTix's explicit empty one
    prices: [],
  };
  return { product, stocks };
}

export function salesStart(plan: ProductPlan, ctx: { random: Random; today: number }): string {
  const days = plan.saleState === 'SOON' ? ctx.random.int(3, 40) : -ctx.random.int(10, 120);
  return iso(ctx.today + days * DAY_MS + 10 * 3_600_000);
}

function fillStock(stocks: PerformanceStock[], plan: ProductPlan, index: number, random: Random): void {
  const all: SeatStock[] = stocks.flatMap((s) => [...s.categories.values()]);
  if (plan.saleState === 'SOLD_OUT') return;
  if (plan.saleState === 'FEW_LEFT') {
    // Few left for the whole product: at most 10% of its capacity and 20 seats (docs/secutix/protocol.md).
    const capacity = all.reduce((sum, s) => sum + s.capacity, 0);
    const first = all[0];
    first.remaining = Math.min(first.capacity, Math.max(1, Math.min(Math.floor(capacity * 0.1), 20)));
    return;
  }
  const untouched = plan.saleState !== 'ON_SALE' || index === 0;
  for (const s of all) s.remaining = untouched ? s.capacity : s.capacity - random.int(0, Math.floor(s.capacity * 0.6));
}
