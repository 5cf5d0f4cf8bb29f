import type { Season } from './catalogTypes';
import { createRandom } from './createRandom';
import { DAY_MS, iso, startOfUtcDay } from './dates';
import { generateOtherProduct } from './generateOtherProduct';
import { generateSingleEntry, type IdCounters } from './generateSingleEntry';
import { audienceCategories, seasonAudience, topics } from './institutionSetup';
import { planProduct } from './productPlan';
import type { GeneratedInstitution, PerformanceStock, SeatStock } from './stockTypes';
import { translated } from './translated';

export interface GenerateOptions {
  products: number;
  seed: number;
  /** epoch ms; dates are laid out from the start of this UTC day */
  now: number;
}

/**
 * The demo institution: two seasons (the current one from 1 July and the next), their products
 * and stock. One pass over the products with one seeded stream, so the same seed and day always
 * give the same catalog and 20 000 products take well under a second.
 */
export function generateInstitution(options: GenerateOptions): GeneratedInstitution {
  const random = createRandom(options.seed);
  const today = startOfUtcDay(options.now);
  const seasons = [0, 1].map((i) => season(i, today));
  const ids: IdCounters = { seatCategory: 0, performance: 0 };
  const performances: PerformanceStock[] = [];
  const productQuotas = new Map<number, SeatStock>();
  const recentSingleEntries: number[] = [];

  for (let index = 0; index < options.products; index++) {
    const plan = planProduct(index, random);
    const target = seasons[plan.seasonIndex];
    const audience = seasonAudience(plan.seasonIndex);
    const seasonStart = Date.parse(target.start);
    if (plan.family === 'SINGLE_ENTRY') {
      const firstDay = Math.max(today + 2 * DAY_MS, seasonStart + 5 * DAY_MS);
      const { product, stocks } = generateSingleEntry(index, plan, { random, ids, audience, firstDay, today });
      target.products.push(product);
      for (const s of stocks) performances.push(s);
      recentSingleEntries.push(product.id);
      if (recentSingleEntries.length > 20) recentSingleEntries.shift();
    } else {
      const seasonEnd = Date.parse(target.end);
      const { product, quota } = generateOtherProduct(index, plan, { random, audience, today, seasonEnd, recentSingleEntries });
      target.products.push(product);
      productQuotas.set(product.id, quota);
    }
  }
  return { catalog: { seasons }, performances, productQuotas };
}

function season(offset: number, today: number): Season {
  const date = new Date(today);
  const firstYear = (date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1) + offset;
  const label = `${firstYear}/${String((firstYear + 1) % 100).padStart(2, '0')}`;
  return {
    id: 101 + offset,
    code: `S${firstYear}`,
    state: 'RUNNING',
    start: iso(Date.UTC(firstYear, 6, 1)),
    end: iso(Date.UTC(firstYear + 1, 6, 1) - 1000),
    externalName: translated(`Saison ${label}`, `Season ${label}`, `Spielzeit ${label}`),
    topics: topics(),
    audienceCategories: audienceCategories(offset),
    products: [],
  };
}
