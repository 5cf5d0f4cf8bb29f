import type { PerformanceAvailabilityRecord, ProductAvailabilityRecord } from '@stx/secutix-client';
import { atField, userError, type UserError } from '@stx/errors';
import { isSeated, type ItemInput } from './orderItems';

/** what SecuTix's availability services said of the items' performances and products, when asked */
export interface ItemFacts {
  performances: ReadonlyMap<number, PerformanceAvailabilityRecord>;
  products: ReadonlyMap<number, ProductAvailabilityRecord>;
}

/** the codes of a refusal about one item of the order (the others are about the order) */
const ITEM_CODES = new Set(['SOLD_OUT', 'QUANTITY_LIMIT', 'NOT_ON_SALE', 'PRICE_NOT_FOUND', 'INVALID_INPUT']);

/** the input of an item a refusal points at, when it is that item */
const FIELD_OF: Record<string, (i: ItemInput) => string> = {
  SOLD_OUT: () => 'quantity',
  QUANTITY_LIMIT: () => 'quantity',
  NOT_ON_SALE: (i) => (isSeated(i) ? 'performanceId' : 'productId'),
  PRICE_NOT_FOUND: () => 'audienceSubCategoryId',
};

export const isItemRefusal = (error: UserError) => ITEM_CODES.has(error.code);

/** whether the availability services can tell which item a refusal is about */
export const needsFacts = (error: UserError, items: readonly ItemInput[]) => error.code === 'INVALID_INPUT' || (error.code === 'SOLD_OUT' && items.length > 1);

/**
 * SecuTix refuses a whole order at its first faulty item and names no item
 * (docs/secutix/checkout.md, "Orders"), so the refused item is found here: an id SecuTix's
 * availability services do not know is PERFORMANCE_NOT_FOUND or PRODUCT_NOT_FOUND at that id;
 * a sold-out refusal is the item asking more seats than its category has left; an order of one
 * item is about that item. What cannot be told points at `items`, never at an innocent item.
 */
export function pinItemRefusal(refusal: UserError, items: readonly ItemInput[], facts?: ItemFacts): UserError[] {
  const path = (n: number, field: string) => ['items', n, field];
  if (facts) {
    const unknown = items.flatMap((i, n): UserError[] => {
      if (isSeated(i) && !facts.performances.has(Number(i.performanceId))) return [userError('PERFORMANCE_NOT_FOUND', path(n, 'performanceId'))];
      if (!isSeated(i) && !facts.products.has(Number(i.productId))) return [userError('PRODUCT_NOT_FOUND', path(n, 'productId'))];
      return [];
    });
    const short = refusal.code === 'SOLD_OUT' ? items.flatMap((i, n) => (seatsLeft(i, facts) < asked(i, items) ? [atField(refusal, path(n, 'quantity'))] : [])) : [];
    if (unknown.length || short.length) return [...unknown, ...short];
  }
  if (items.length === 1 && FIELD_OF[refusal.code]) return [atField(refusal, path(0, FIELD_OF[refusal.code](items[0])))];
  return [atField(refusal, 'items')];
}

/** seats (or products) left where this item takes them */
function seatsLeft(i: ItemInput, facts: ItemFacts): number {
  if (!isSeated(i)) return facts.products.get(Number(i.productId))?.availability ?? Infinity;
  const perf = facts.performances.get(Number(i.performanceId));
  return perf?.seatCategoryAvailabilities?.find((c) => c.seatCategoryId === Number(i.seatCategoryId))?.availability ?? perf?.availability ?? Infinity;
}

/** what the whole order asks where this item takes its seats: items of one category add up */
function asked(i: ItemInput, items: readonly ItemInput[]): number {
  const same = (o: ItemInput) => (isSeated(i) ? o.performanceId === i.performanceId && o.seatCategoryId === i.seatCategoryId : o.productId === i.productId);
  return items.filter(same).reduce((sum, o) => sum + o.quantity, 0);
}
