import type { OrderDetailsRecord, OrderItemInput, SimpleProductInput } from '@stx/secutix-client';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { SalesContext } from '../context';
import { IdempotencyKeyReused } from '../idempotency/Idempotency';
import { toUserErrors, userError, type UserError } from '../mappers/userErrors';
import { orderState } from '../mappers/orderModels';
import { loadOwnOrder, requireBuyer } from './ownership';
import { pay } from './payments';
import { amountDue, deliveryChosen, moneyFromThousandths } from '@stx/subgraph-kit';

type Outcome = { orderId?: number; order?: OrderDetailsRecord; paymentUrl?: string | null; retryAfterSeconds?: number; userErrors: UserError[] };

const ID = /^\d{1,18}$/;
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const notFound = (field = 'orderId') => userError('NOT_FOUND', field, 'No such order.');

interface ItemInput {
  productId?: string | null;
  performanceId?: string | null;
  seatCategoryId?: string | null;
  audienceSubCategoryId: string;
  quantity: number;
}

interface ParsedItems {
  seated: OrderItemInput[];
  simple: SimpleProductInput[];
}

/**
 * Checks the items of an order input: each is either seated (performance and seat category) or
 * a product without performance (productId), never both; ids are the catalog's, quantities whole
 * and bounded. Seated items go to singleEntryAttributionOperations, the others to
 * simpleProductOperations, in one createOrUpdateOrder.
 */
function parseItems(items: readonly ItemInput[]): ParsedItems | UserError[] {
  if (items.length === 0 || items.length > 20) return [userError('INVALID_INPUT', 'items', 'Give between 1 and 20 items.')];
  const errors: UserError[] = [];
  const parsed: ParsedItems = { seated: [], simple: [] };
  items.forEach((i, n) => {
    const given = (f: 'productId' | 'performanceId' | 'seatCategoryId') => i[f] != null;
    const seated = given('performanceId') || given('seatCategoryId');
    if (seated === given('productId')) {
      errors.push(userError('INVALID_ITEM', `items.${n}`, 'Give either productId (a pass, package or membership) or performanceId and seatCategoryId (a seated performance).'));
      return;
    }
    const fields = seated ? (['performanceId', 'seatCategoryId', 'audienceSubCategoryId'] as const) : (['productId', 'audienceSubCategoryId'] as const);
    for (const f of fields) if (!ID.test(i[f] ?? '')) errors.push(userError('INVALID_INPUT', `items.${n}.${f}`, 'Not an id from the catalog.'));
    if (!Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > 50) errors.push(userError('QUANTITY_LIMIT', `items.${n}.quantity`, 'Quantity must be between 1 and 50.'));
    if (seated) parsed.seated.push({ performanceId: Number(i.performanceId), seatCategoryId: Number(i.seatCategoryId), audienceSubCategoryId: Number(i.audienceSubCategoryId), quantity: i.quantity });
    else parsed.simple.push({ itemId: Number(i.productId), audienceSubCategoryId: Number(i.audienceSubCategoryId), quantity: i.quantity });
  });
  return errors.length ? errors : parsed;
}

/**
 * Every order change runs once per idempotency key (scoped to the contact); SecuTix's business
 * refusals come back as userErrors, and the order is re-read so the payload shows its new state.
 */
async function once(ctx: SalesContext, key: string, input: unknown, run: (contactNumber: string) => Promise<Outcome>) {
  const contactNumber = requireBuyer(ctx);
  if (!KEY.test(key)) return { order: null, paymentUrl: null, userErrors: [userError('INVALID_INPUT', 'idempotencyKey', 'Use 8 to 100 letters, digits or ._:- characters.')] };
  let outcome: Outcome;
  try {
    outcome = await ctx.idempotency.run(contactNumber, key, input, async () => {
      const done: Outcome = await run(contactNumber).catch((err) => ({ userErrors: toUserErrors(err) }));
      // the order as this change left it is part of the stored answer: replays with the key (a
      // burst of retries) get it without one more SecuTix call each; a failed read is left to below
      return done.orderId ? { ...done, order: await reload(ctx, done.orderId).catch(() => undefined) } : done;
    });
  } catch (err) {
    if (err instanceof IdempotencyKeyReused) return { order: null, paymentUrl: null, userErrors: [userError('IDEMPOTENCY_KEY_REUSED', 'idempotencyKey', 'This key was used for a different request.')] };
    throw err;
  }
  const order = outcome.order ?? (outcome.orderId ? await reload(ctx, outcome.orderId) : null);
  return { order, paymentUrl: outcome.paymentUrl ?? null, retryAfterSeconds: outcome.retryAfterSeconds ?? null, userErrors: outcome.userErrors };
}

async function reload(ctx: SalesContext, orderId: number): Promise<OrderDetailsRecord> {
  ctx.orderLoader.clear(orderId);
  return ctx.orderLoader.load(orderId);
}

/** the buyer's own seat moves show in availability at once, not after the next sync */
async function touched(ctx: SalesContext, order: OrderDetailsRecord | undefined | null): Promise<void> {
  const ids = [...new Set((order?.operationDatas ?? []).map((o) => o.productId))];
  if (ids.length) await ctx.availabilityChanged(ids);
}

async function ownOpenOrder(ctx: SalesContext, orderId: string): Promise<OrderDetailsRecord | UserError> {
  const order = await loadOwnOrder(ctx, orderId);
  if (!order) return notFound();
  const state = orderState(order, ctx.now);
  if (state === 'EXPIRED') return userError('ORDER_EXPIRED', 'orderId', 'The seats of this order were released; start a new order.');
  if (state !== 'OPEN') return userError('ORDER_CLOSED', 'orderId', 'This order can no longer be changed.');
  return order;
}

const isError = (v: unknown): v is UserError => typeof v === 'object' && v !== null && 'code' in v && 'message' in v;

export const Mutation: MutationResolvers = {
  createOrder: (_p, { input, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'create', input }, async (contactNumber) => {
      const items = parseItems(input.items);
      if (Array.isArray(items)) return { userErrors: items };
      const orderId = await ctx.orders.createOrUpdateOrder(contactNumber, items.seated, undefined, items.simple);
      await touched(ctx, await reload(ctx, orderId));
      return { orderId, userErrors: [] };
    }),

  addToOrder: (_p, { orderId, input, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'add', orderId, input }, async (contactNumber) => {
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      const items = parseItems(input.items);
      if (Array.isArray(items)) return { orderId: order.orderId, userErrors: items };
      await ctx.orders.createOrUpdateOrder(contactNumber, items.seated, order.orderId, items.simple);
      await touched(ctx, await reload(ctx, order.orderId));
      return { orderId: order.orderId, userErrors: [] };
    }),

  removeFromOrder: (_p, { orderId, lineIds, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'remove', orderId, lineIds }, async () => {
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      const known = new Set((order.operationDatas ?? []).map((o) => String(o.operationId)));
      const unknown = lineIds.filter((id) => !known.has(id));
      if (unknown.length || lineIds.length === 0) return { orderId: order.orderId, userErrors: [userError('NOT_FOUND', 'lineIds', 'Give lines of this order.')] };
      await ctx.orders.cancelOperations(order.orderId, lineIds.map(Number));
      await touched(ctx, order);
      return { orderId: order.orderId, userErrors: [] };
    }),

  cancelOrder: (_p, { orderId, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'cancel', orderId }, async () => {
      // SecuTix's refund path (a REFUND order with its reimbursement) is not implemented here:
      // a paid order is refused with its own code, and the box office refunds it
      const settled = await loadOwnOrder(ctx, orderId);
      if (settled?.orderState === 'CLOSED') return { orderId: settled.orderId, userErrors: [userError('REFUND_NOT_AVAILABLE', 'orderId', 'This order is paid: it cannot be cancelled here; the box office cancels and refunds it.')] };
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      await ctx.orders.abandonOrder(order.orderId);
      await touched(ctx, order);
      return { orderId: order.orderId, userErrors: [] };
    }),

  async checkout(_p, { orderId, lang }, ctx) {
    const order = await ownOpenOrder(ctx, orderId);
    if (isError(order)) return { url: null, userErrors: [order] };
    if (lang != null && !/^[a-z]{2}$/i.test(lang)) return { url: null, userErrors: [userError('INVALID_INPUT', 'lang', 'An ISO-639-1 code such as "fr".')] };
    const language = (lang ?? (await ctx.posConfig()).mainLanguage ?? 'en').toLowerCase();
    return { url: `${ctx.config.shopUrl}/api/1/redirect/cart?orderId=${order.orderId}&lang=${language}`, userErrors: [] };
  },

  payOrder: (_p, { orderId, payment, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'pay', orderId, payment }, async (contactNumber) => {
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      return { orderId: order.orderId, ...(await pay(ctx, contactNumber, order, payment)) };
    }),

  closeOrder: (_p, { orderId, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'close', orderId }, async (contactNumber) => {
      const order = await loadOwnOrder(ctx, orderId, { closingStep: true });
      if (!order) return { userErrors: [notFound()] };
      // the hosted card page closes the order when it pays the last of it: closing is then done
      if (order.orderState === 'CLOSED') return { order, userErrors: [] };
      const open = await ownOpenOrder(ctx, orderId);
      if (isError(open)) return { userErrors: [open] };
      const due = amountDue(open);
      if (due > 0) return { orderId: open.orderId, userErrors: [userError('PAYMENT_INCOMPLETE', 'orderId', `${moneyFromThousandths(due, open.catalogCurrency?.currencyCode ?? 'EUR').amount} is still due (order.amountDue).`)] };
      if (!deliveryChosen(open)) return { orderId: open.orderId, userErrors: [userError('DELIVERY_NOT_CHOSEN', 'orderId', 'Choose the delivery (chooseShipmentMode) before closing the order.')] };
      await ctx.orders.closeOrder(open.orderId, contactNumber, []);
      return { orderId: open.orderId, userErrors: [] };
    }),
};
