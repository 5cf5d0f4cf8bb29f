import type { SalesContext } from '../context';
import type { ItemFacts } from '../mappers/itemRefusal';
import { isSeated, type ItemInput } from '../mappers/orderItems';

/**
 * Asked only after SecuTix refused an order, to tell which item it refused: one
 * getPerformanceAvailability for the seated items' performances, one getProductAvailability for
 * the others. A failure here (SecuTix busy, budget spent) leaves the refusal unpinned, never
 * fails the answer.
 */
export async function itemFacts(ctx: SalesContext, items: readonly ItemInput[]): Promise<ItemFacts | undefined> {
  const performanceIds = [...new Set(items.filter(isSeated).map((i) => Number(i.performanceId)))];
  const productIds = [...new Set(items.filter((i) => !isSeated(i)).map((i) => Number(i.productId)))];
  try {
    const [performances, products] = await Promise.all([
      performanceIds.length ? ctx.availability.getPerformanceAvailability(performanceIds) : [],
      productIds.length ? ctx.availability.getProductAvailability(productIds) : [],
    ]);
    return { performances: new Map(performances.map((p) => [p.performanceId, p])), products: new Map(products.map((p) => [p.productId, p])) };
  } catch {
    return undefined;
  }
}
