import type { OrderDetailsRecord } from '@stx/secutix-client';
import { amountDue, deliveryChosen, moneyFromThousandths, posLanguage, requireBuyer } from '@stx/domain-rules';
import { refusalUserError, userError, type UserError } from '@stx/errors';
import { ticketShopLink } from '@stx/secutix-runtime';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { SalesContext } from '../context';
import { IdempotencyKeyReused } from '../idempotency/Idempotency';
import { itemFacts } from '../loaders/itemFacts';
import { isItemRefusal, needsFacts, pinItemRefusal } from '../mappers/itemRefusal';
import { parseItems, type ItemInput, type ParsedItems } from '../mappers/orderItems';
import { orderState } from '../mappers/orderModels';
import { loadOwnOrder } from './ownership';
import { pay } from './payments';

type Outcome = { orderId?: number; order?: OrderDetailsRecord; paymentUrl?: string | null; retryAfterSeconds?: number; userErrors: UserError[] };

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const notFound = () => userError('NOT_FOUND.order', 'orderId');

/**
 * Puts the items in a new order or an open one, in one createOrUpdateOrder. SecuTix refuses the
 * whole order at a faulty item, so nothing changes; the userError points at that item
 * (`items.2.performanceId`), found as mappers/itemRefusal.ts says.
 */
async function placeItems(ctx: SalesContext, contactNumber: string, items: readonly ItemInput[], parsed: ParsedItems, orderId?: number): Promise<number | UserError[]> {
  try {
    return await ctx.orders.createOrUpdateOrder(contactNumber, parsed.seated, orderId, parsed.simple);
  } catch (err) {
    const refusal = refusalUserError(err, { field: orderId === undefined ? null : 'orderId' });
    if (!isItemRefusal(refusal)) return [refusal];
    return pinItemRefusal(refusal, items, needsFacts(refusal, items) ? await itemFacts(ctx, items) : undefined);
  }
}

/**
 * Every order change runs once per idempotency key (scoped to the contact); SecuTix's business
 * refusals come back as userErrors, and the order is re-read so the payload shows its new state.
 * Mistakes in the input alone (`invalidInput`) are answered before the key is claimed, as Stripe's API
 * does: a request that could not start leaves nothing under its key, so the key still serves the
 * corrected request, and a client cannot fill the store with 24-hour keys by requests that cost
 * it nothing.
 */
async function once(ctx: SalesContext, key: string, input: unknown, run: (contactNumber: string) => Promise<Outcome>) {
  const { contactNumber } = requireBuyer(ctx.identity);
  if (!KEY.test(key)) return refused(userError('INVALID_INPUT.idempotencyKey', 'idempotencyKey'));
  // one buyer's changes, each SecuTix calls from the institution's shared budget, are bounded; a
  // replay of a key is cheap but is refused too while over the limit (retryable, its answer kept)
  const decision = await ctx.orderChangeGuard.check(contactNumber);
  if (!decision.allowed) return { ...refused(userError('TOO_MANY_ATTEMPTS.orderChanges', null, { seconds: decision.retryAfterSeconds })), retryAfterSeconds: decision.retryAfterSeconds };
  let outcome: Outcome;
  try {
    outcome = await ctx.idempotency.run(contactNumber, key, input, async () => {
      await ctx.orderChangeGuard.attempted(contactNumber);
      const done: Outcome = await run(contactNumber).catch((err) => ({ userErrors: [refusalUserError(err)] }));
      // the order as this change left it is part of the stored answer: replays with the key (a
      // burst of retries) get it without one more SecuTix call each; a failed read is left to below
      // (a change that read the order after itself already has it: no second read)
      return done.orderId && !done.order ? { ...done, order: await reload(ctx, done.orderId).catch(() => undefined) } : done;
    });
  } catch (err) {
    if (err instanceof IdempotencyKeyReused) return refused(userError('IDEMPOTENCY_KEY_REUSED', 'idempotencyKey'));
    throw err;
  }
  const order = outcome.order ?? (outcome.orderId ? await reload(ctx, outcome.orderId) : null);
  return { order, paymentUrl: outcome.paymentUrl ?? null, retryAfterSeconds: outcome.retryAfterSeconds ?? null, userErrors: outcome.userErrors };
}

/** the input's own mistakes, answered as `once` would, but before any key is claimed */
function invalidInput(ctx: SalesContext, errors: readonly UserError[]) {
  requireBuyer(ctx.identity);
  return refused(...errors);
}

const refused = (...userErrors: UserError[]) => ({ order: null, paymentUrl: null, retryAfterSeconds: null, userErrors });

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
  if (state === 'EXPIRED') return userError('ORDER_EXPIRED', 'orderId');
  if (state !== 'OPEN') return userError('ORDER_CLOSED', 'orderId');
  return order;
}

const isError = (v: unknown): v is UserError => typeof v === 'object' && v !== null && 'code' in v && 'message' in v;

export const Mutation: MutationResolvers = {
  createOrder: (_p, { input, idempotencyKey }, ctx) => {
    const items = parseItems(input.items);
    if (Array.isArray(items)) return invalidInput(ctx, items);
    return once(ctx, idempotencyKey, { op: 'create', input }, async (contactNumber) => {
      const orderId = await placeItems(ctx, contactNumber, input.items, items);
      if (Array.isArray(orderId)) return { userErrors: orderId };
      const order = await reload(ctx, orderId);
      await touched(ctx, order);
      return { orderId, order, userErrors: [] };
    });
  },

  addToOrder: (_p, { orderId, input, idempotencyKey }, ctx) => {
    const items = parseItems(input.items);
    if (Array.isArray(items)) return invalidInput(ctx, items);
    return once(ctx, idempotencyKey, { op: 'add', orderId, input }, async (contactNumber) => {
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      const placed = await placeItems(ctx, contactNumber, input.items, items, order.orderId);
      if (Array.isArray(placed)) return { orderId: order.orderId, userErrors: placed };
      const changed = await reload(ctx, order.orderId);
      await touched(ctx, changed);
      return { orderId: order.orderId, order: changed, userErrors: [] };
    });
  },

  removeFromOrder: (_p, { orderId, lineIds, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'remove', orderId, lineIds }, async () => {
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      const known = new Set((order.operationDatas ?? []).map((o) => String(o.operationId)));
      const unknown = lineIds.filter((id) => !known.has(id));
      if (unknown.length || lineIds.length === 0) return { orderId: order.orderId, userErrors: [userError('NOT_FOUND.lines', 'lineIds')] };
      await ctx.orders.cancelOperations(order.orderId, lineIds.map(Number));
      await touched(ctx, order);
      return { orderId: order.orderId, userErrors: [] };
    }),

  cancelOrder: (_p, { orderId, idempotencyKey }, ctx) =>
    once(ctx, idempotencyKey, { op: 'cancel', orderId }, async () => {
      // SecuTix's refund path (a REFUND order with its reimbursement) is not implemented here:
      // a paid order is refused with its own code, and the box office refunds it
      const settled = await loadOwnOrder(ctx, orderId);
      if (settled?.orderState === 'CLOSED') return { orderId: settled.orderId, userErrors: [userError('REFUND_NOT_AVAILABLE', 'orderId')] };
      const order = await ownOpenOrder(ctx, orderId);
      if (isError(order)) return { userErrors: [order] };
      await ctx.orders.abandonOrder(order.orderId);
      await touched(ctx, order);
      return { orderId: order.orderId, userErrors: [] };
    }),

  async checkout(_p, { orderId, lang }, ctx) {
    const order = await ownOpenOrder(ctx, orderId);
    if (isError(order)) return { url: null, userErrors: [order] };
    const language = posLanguage(await ctx.posConfig(), lang, ctx.acceptLanguage);
    return { url: ticketShopLink(ctx.config.shopUrl, 'cart', { orderId: String(order.orderId), lang: language }), userErrors: [] };
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
      const currency = open.catalogCurrency?.currencyCode ?? 'EUR';
      if (due > 0) return { orderId: open.orderId, userErrors: [userError('PAYMENT_INCOMPLETE', 'orderId', { amountDue: `${moneyFromThousandths(due, currency).amount} ${currency}` })] };
      if (!deliveryChosen(open)) return { orderId: open.orderId, userErrors: [userError('DELIVERY_NOT_CHOSEN', 'orderId')] };
      await ctx.orders.closeOrder(open.orderId, contactNumber, []);
      return { orderId: open.orderId, userErrors: [] };
    }),
};
