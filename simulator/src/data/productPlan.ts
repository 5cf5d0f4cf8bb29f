import type { ProductFamilyType } from './catalogTypes';
import type { Random } from './createRandom';
import { kindCodes } from './productKinds';

/** How a product looks to a buyer, before it is turned into SecuTix states and stock. */
export type SaleState = 'ON_SALE' | 'FEW_LEFT' | 'SOON' | 'SOLD_OUT' | 'CANCELLED';

export interface ProductPlan {
  family: ProductFamilyType;
  saleState: SaleState;
  /** productKinds key, for SINGLE_ENTRY */
  kind: string;
  seasonIndex: number;
  /** fixed performance count, else random 1-6 */
  performances?: number;
}

/**
 * The first twelve products are fixed so tests and demos can rely on them whatever the seed:
 * at least two of each sale state, all SINGLE_ENTRY, in the current season.
 */
const FIXED: readonly [SaleState, string][] = [
  ['ON_SALE', 'CONCERT'], ['ON_SALE', 'OPERA'], ['SOON', 'THEATRE'], ['SOLD_OUT', 'FOOTBALL'],
  ['CANCELLED', 'EXHIBITION'], ['ON_SALE', 'FOOTBALL'], ['SOON', 'DANCE'], ['SOLD_OUT', 'FAMILY'],
  ['CANCELLED', 'CONCERT'], ['ON_SALE', 'EXHIBITION'], ['FEW_LEFT', 'OPERA'], ['ON_SALE', 'THEATRE'],
];

/** Then one product of each other family, so every family exists as soon as there are 15 products. */
const OTHER_FAMILIES: readonly ProductFamilyType[] = ['PASS', 'PACKAGE', 'MEMBERSHIP'];

export function planProduct(index: number, random: Random): ProductPlan {
  if (index < FIXED.length) {
    const [saleState, kind] = FIXED[index];
    // Product 0 has one untouched performance: the simplest target for "sell" scenarios.
    return { family: 'SINGLE_ENTRY', saleState, kind, seasonIndex: 0, performances: index === 0 ? 1 : undefined };
  }
  const family = index - FIXED.length < OTHER_FAMILIES.length ? OTHER_FAMILIES[index - FIXED.length] : randomFamily(random);
  return { family, saleState: randomSaleState(random, family), kind: random.pick(kindCodes), seasonIndex: random.chance(0.2) ? 1 : 0 };
}

function randomFamily(random: Random): ProductFamilyType {
  const r = random.next();
  if (r < 0.8) return 'SINGLE_ENTRY';
  if (r < 0.88) return 'PASS';
  if (r < 0.94) return 'PACKAGE';
  return 'MEMBERSHIP';
}

function randomSaleState(random: Random, family: ProductFamilyType): SaleState {
  const r = random.next();
  if (r < 0.08) return 'CANCELLED';
  if (r < 0.18) return 'SOON';
  if (family !== 'SINGLE_ENTRY') return 'ON_SALE';
  if (r < 0.26) return 'SOLD_OUT';
  if (r < 0.34) return 'FEW_LEFT';
  return 'ON_SALE';
}
