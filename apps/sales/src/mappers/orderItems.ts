import type { OrderItemInput, SimpleProductInput } from '@stx/secutix-client';
import { parseSecutixId } from '@stx/domain-rules';
import { userError, type UserError } from '@stx/errors';

/** an item of `OrderInput.items`, as the schema takes it */
export interface ItemInput {
  productId?: string | null;
  performanceId?: string | null;
  seatCategoryId?: string | null;
  audienceSubCategoryId: string;
  quantity: number;
}

export interface ParsedItems {
  seated: OrderItemInput[];
  simple: SimpleProductInput[];
}

export const MAX_ITEMS = 20;
export const MAX_QUANTITY = 50;

/** a seated performance item (performance and seat category), rather than a product without performance */
export const isSeated = (i: ItemInput) => i.performanceId != null || i.seatCategoryId != null;

/**
 * Checks the items of an order input: each is either seated (performance and seat category) or
 * a product without performance (productId), never both; ids follow the SecuTix id rule,
 * quantities are whole and bounded. Seated items go to singleEntryAttributionOperations, the
 * others to simpleProductOperations, in one createOrUpdateOrder. Every fault names its item.
 */
export function parseItems(items: readonly ItemInput[]): ParsedItems | UserError[] {
  if (items.length === 0 || items.length > MAX_ITEMS) return [userError('INVALID_INPUT.itemCount', 'items', { max: MAX_ITEMS })];
  const errors: UserError[] = [];
  const parsed: ParsedItems = { seated: [], simple: [] };
  items.forEach((i, n) => {
    const seated = isSeated(i);
    if (seated === (i.productId != null)) {
      errors.push(userError('INVALID_ITEM', ['items', n]));
      return;
    }
    const fields = seated ? (['performanceId', 'seatCategoryId', 'audienceSubCategoryId'] as const) : (['productId', 'audienceSubCategoryId'] as const);
    const ids = Object.fromEntries(fields.map((f) => [f, parseSecutixId(i[f])]));
    for (const f of fields) if (ids[f] === undefined) errors.push(userError('INVALID_INPUT.id', ['items', n, f]));
    if (!Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > MAX_QUANTITY) errors.push(userError('QUANTITY_LIMIT.range', ['items', n, 'quantity'], { max: MAX_QUANTITY }));
    if (seated) parsed.seated.push({ performanceId: ids.performanceId!, seatCategoryId: ids.seatCategoryId!, audienceSubCategoryId: ids.audienceSubCategoryId!, quantity: i.quantity });
    else parsed.simple.push({ itemId: ids.productId!, audienceSubCategoryId: ids.audienceSubCategoryId!, quantity: i.quantity });
  });
  return errors.length ? errors : parsed;
}
