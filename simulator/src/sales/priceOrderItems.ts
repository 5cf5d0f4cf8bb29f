import type { Performance, Product } from '../data/catalogTypes';
import type { SimOrder } from '../data/orderTypes';
import type { SimulatorState } from '../data/SimulatorState';
import type { Params } from '../protocol/normaliseParams';
import { refusal, type SalesRefusal } from './salesErrors';

/** SecuTix's per-order cap for one performance, as the demo point of sales is set up [ours: value]. */
export const MAX_TICKETS_PER_PERFORMANCE = 10;

export interface PricedItem {
  productId: number;
  /** absent for simple products (PASS, PACKAGE, MEMBERSHIP), which sell from a product-wide quota */
  performanceId?: number;
  seatCategoryId?: number;
  audienceSubCategoryId: number;
  quantity: number;
  unitPrice: number;
}

/**
 * Checks every item of a createOrUpdateOrder before anything is held, so a refused call holds
 * nothing: ids and quantity, on sale, priced, within the per-performance cap (counting what the
 * order already holds), and seats left per category for all the items together.
 */
export function priceOrderItems(state: SimulatorState, now: number, operations: OrderOperations, order?: SimOrder): PricedItem[] | SalesRefusal {
  const items = operations.singleEntry;
  if (items.length === 0 && operations.simple.length === 0) return refusal('error.invalidParameter', 'an order needs at least one singleEntryAttributionOperations or simpleProductOperations item');
  const priced: PricedItem[] = [];
  for (const [i, item] of items.entries()) {
    const a = item.operationAttributions as Params | undefined;
    const { performanceId, seatCategoryId, audienceSubCategoryId, quantity } = a ?? {};
    if (typeof performanceId !== 'number' || typeof seatCategoryId !== 'number' || typeof audienceSubCategoryId !== 'number' || typeof quantity !== 'number') {
      return refusal('error.invalidParameter', `singleEntryAttributionOperations[${i}].operationAttributions needs performanceId, seatCategoryId, audienceSubCategoryId and quantity`);
    }
    if (quantity < 1) return refusal('error.invalidParameter', `quantity must be at least 1 (item ${i})`);
    const found = findPerformance(state, performanceId);
    if (!found) return refusal('error.invalidParameter', `unknown performanceId ${performanceId}`);
    const closed = notOnSale(state, found.product, found.performance, now);
    if (closed) return refusal('error.order.notOnSale', `performance ${performanceId} is not on sale: ${closed}`);
    const price = found.performance.prices.find((p) => p.seatCatId === seatCategoryId && p.audSubCatId === audienceSubCategoryId);
    if (!price) return refusal('error.order.priceNotFound', `no price for seat category ${seatCategoryId} and audience sub-category ${audienceSubCategoryId} on performance ${performanceId}`);
    priced.push({ productId: found.product.id, performanceId, seatCategoryId, audienceSubCategoryId, quantity, unitPrice: price.amount });
  }
  for (const [i, item] of operations.simple.entries()) {
    const simple = priceSimpleProduct(state, now, item, i);
    if ('code' in simple) return simple;
    priced.push(simple);
  }
  return checkQuantityLimit(priced, order) ?? checkSeatsLeft(state, priced) ?? checkQuotaLeft(state, priced) ?? priced;
}

/** The operation lists of createOrUpdateOrder the simulator sells from. */
export interface OrderOperations {
  singleEntry: readonly Params[];
  simple: readonly Params[];
}

/**
 * A simple product operation `{itemId, audienceSubCategoryId, quantity}`: the item is the product
 * itself [ours: SecuTix's item ids are not in the catalog we simulate], priced by the product's
 * own price list, on sale in its sales window, sold from its quota.
 */
function priceSimpleProduct(state: SimulatorState, now: number, item: Params, i: number): PricedItem | SalesRefusal {
  const { itemId, audienceSubCategoryId, quantity } = item;
  if (typeof itemId !== 'number' || typeof audienceSubCategoryId !== 'number' || typeof quantity !== 'number') {
    return refusal('error.invalidParameter', `simpleProductOperations[${i}] needs itemId, audienceSubCategoryId and quantity`);
  }
  if (quantity < 1) return refusal('error.invalidParameter', `quantity must be at least 1 (simple item ${i})`);
  const product = state.product(itemId);
  if (!product || product.event || state.quotaLeft(itemId) === undefined) return refusal('error.invalidParameter', `unknown itemId ${itemId} (simple products are PASS, PACKAGE or MEMBERSHIP)`);
  if (product.state !== 'RUNNING') return refusal('error.order.notOnSale', `product ${itemId} is ${product.state}`);
  if (now < Date.parse(product.salesStart)) return refusal('error.order.notOnSale', `product ${itemId} is not on sale: sales open at ${product.salesStart}`);
  if (now >= Date.parse(product.salesEnd)) return refusal('error.order.notOnSale', `product ${itemId} is not on sale: sales are over`);
  const price = product.prices?.find((p) => p.audSubCatId === audienceSubCategoryId);
  if (!price) return refusal('error.order.priceNotFound', `no price for audience sub-category ${audienceSubCategoryId} on product ${itemId}`);
  return { productId: itemId, audienceSubCategoryId, quantity, unitPrice: price.amount };
}

function checkQuotaLeft(state: SimulatorState, items: readonly PricedItem[]): SalesRefusal | undefined {
  const wanted = new Map<number, number>();
  for (const item of items) if (item.performanceId === undefined) wanted.set(item.productId, (wanted.get(item.productId) ?? 0) + item.quantity);
  for (const [productId, quantity] of wanted) {
    const left = state.quotaLeft(productId) ?? 0;
    if (left < quantity) return refusal('error.order.availability', `${left} left of product ${productId}, ${quantity} asked`);
  }
  return undefined;
}

function findPerformance(state: SimulatorState, performanceId: number): { product: Product; performance: Performance } | undefined {
  const stock = state.performance(performanceId);
  const product = stock && state.product(stock.productId);
  const performance = stock && state.catalogPerformance(stock.productId, performanceId);
  return product && performance ? { product, performance } : undefined;
}

/** why a performance cannot be sold now, or undefined when it can */
function notOnSale(state: SimulatorState, product: Product, performance: Performance, now: number): string | undefined {
  if (product.state !== 'RUNNING') return `product ${product.id} is ${product.state}`;
  if (performance.state !== 'RUNNING' || state.performance(performance.id)?.state !== 'RUNNING') return `performance is ${performance.state}`;
  if (now < Date.parse(product.salesStart)) return `sales open at ${product.salesStart}`;
  if (now >= Date.parse(product.salesEnd) || now >= Date.parse(performance.start)) return 'sales are over';
  return undefined;
}

function checkQuantityLimit(items: readonly PricedItem[], order?: SimOrder): SalesRefusal | undefined {
  const perPerformance = new Map<number, number>();
  for (const line of order?.lines ?? []) {
    if (line.state !== 'CANCELLED' && line.performanceId !== undefined) perPerformance.set(line.performanceId, (perPerformance.get(line.performanceId) ?? 0) + line.quantity);
  }
  for (const item of items) {
    if (item.performanceId === undefined) continue;
    const total = (perPerformance.get(item.performanceId) ?? 0) + item.quantity;
    if (total > MAX_TICKETS_PER_PERFORMANCE) return refusal('error.order.quantityLimit', `at most ${MAX_TICKETS_PER_PERFORMANCE} tickets per performance in one order (performance ${item.performanceId} would have ${total})`);
    perPerformance.set(item.performanceId, total);
  }
  return undefined;
}

function checkSeatsLeft(state: SimulatorState, items: readonly PricedItem[]): SalesRefusal | undefined {
  const wanted = new Map<string, { item: PricedItem; quantity: number }>();
  for (const item of items) {
    if (item.performanceId === undefined) continue;
    const key = `${item.performanceId}/${item.seatCategoryId}`;
    const entry = wanted.get(key) ?? { item, quantity: 0 };
    entry.quantity += item.quantity;
    wanted.set(key, entry);
  }
  for (const { item, quantity } of wanted.values()) {
    const left = state.performance(item.performanceId!)?.categories.get(item.seatCategoryId!)?.remaining ?? 0;
    if (left < quantity) return refusal('error.order.availability', `${left} seat(s) left in category ${item.seatCategoryId} of performance ${item.performanceId}, ${quantity} asked`);
  }
  return undefined;
}
