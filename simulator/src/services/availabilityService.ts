import { AvailabilityService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import { iso } from '../data/dates';
import type { PerformanceStock } from '../data/stockTypes';
import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, checkPointOfSales, success } from './results';
import { seatMap } from './seatMap';

type Ids = number[] | undefined;

function productAvailabilities(p: Params, ctx: OperationContext): ResultBody {
  const list = [];
  for (const productId of (p.productIds as Ids) ?? []) {
    const a = ctx.state.productAvailability(productId);
    if (a) list.push({ productId, ...a, lastUpdate: iso(ctx.state.lastUpdate(productId)) });
  }
  return success(ctx, { productAvailabilities: list });
}

function performanceRecord(perf: PerformanceStock, ctx: OperationContext): ResultBody {
  const { state } = ctx;
  return {
    performanceId: perf.performanceId,
    productId: perf.productId,
    ...state.performanceAvailability(perf),
    lastUpdate: iso(state.lastUpdate(perf.productId)),
    seatCategoryAvailabilities: [...perf.categories.keys()].map((seatCategoryId) => ({ seatCategoryId, ...state.performanceAvailability(perf, [seatCategoryId]) })),
  };
}

function performanceAvailabilities(p: Params, ctx: OperationContext): ResultBody {
  const perfs = ((p.performanceIds as Ids) ?? []).map((id) => ctx.state.performance(id)).filter((x): x is PerformanceStock => !!x);
  return success(ctx, { performanceAvailabilities: perfs.map((perf) => performanceRecord(perf, ctx)) });
}

/** Empty seatCategoryIds sums the categories, -1 lists each, ids pick those (docs/secutix/platform-facts.md#availability). */
function eventAvailabilities(p: Params, ctx: OperationContext): ResultBody {
  const { state } = ctx;
  const perfs = new Map<number, PerformanceStock>();
  for (const id of (p.performanceIds as Ids) ?? []) {
    const perf = state.performance(id);
    if (perf) perfs.set(id, perf);
  }
  for (const eventId of (p.eventIds as Ids) ?? []) {
    const productId = state.productOfEvent(eventId);
    if (productId !== undefined) for (const perf of state.performancesOf(productId)) perfs.set(perf.performanceId, perf);
  }
  const wanted = (p.seatCategoryIds as Ids) ?? [];
  const list = [];
  for (const perf of perfs.values()) {
    const base = { eventId: perf.eventId, performanceId: perf.performanceId };
    if (wanted.length === 0) {
      list.push({ ...base, ...state.performanceAvailability(perf) });
      continue;
    }
    for (const seatCategoryId of perf.categories.keys()) {
      if (wanted.includes(-1) || wanted.includes(seatCategoryId)) list.push({ ...base, seatCategoryId, ...state.performanceAvailability(perf, [seatCategoryId]) });
    }
  }
  return success(ctx, { eventAvailabilityData: { eventAvailabilities: list } });
}

function seatsAvailability(p: Params, ctx: OperationContext): ResultBody {
  const perf = typeof p.performanceId === 'number' ? ctx.state.performance(p.performanceId) : undefined;
  if (!perf) return businessError(ctx, 'error.notFound', `unknown performanceId ${p.performanceId ?? ''}`.trim());
  return success(ctx, { seats: seatMap(perf, p.seatCategoryId as number | undefined) });
}

/** Products whose availability changed after referenceDate; no productIds means every product. */
function updatedAvailabilities(p: Params, ctx: OperationContext): ResultBody {
  const reference = Date.parse(String(p.referenceDate ?? ''));
  if (Number.isNaN(reference)) return businessError(ctx, 'error.invalidParameter', 'referenceDate must be an ISO-8601 date');
  const asked = p.productIds as Ids;
  const ids = asked && asked.length > 0 ? asked : ctx.state.productIds();
  const list = [];
  for (const productId of ids) {
    if (!ctx.state.product(productId)) continue;
    const last = ctx.state.lastUpdate(productId);
    if (last > reference) list.push({ productId, lastUpdate: iso(last) });
  }
  return success(ctx, { availabilityUpdateData: list });
}

function atPointOfSales(handler: (p: Params, ctx: OperationContext) => ResultBody) {
  return (p: Params, ctx: OperationContext): ResultBody => checkPointOfSales(ctx, p.pointOfSalesId) ?? handler(p, ctx);
}

export const availabilityService: ServiceDef = serviceDef(AvailabilityService, {
  getProductAvailability: {
    params: { pointOfSalesId: 'number', productIds: 'number[]' },
    handle: atPointOfSales(productAvailabilities),
  },
  getPerformanceAvailability: {
    params: { pointOfSalesId: 'number', performanceIds: 'number[]' },
    handle: atPointOfSales(performanceAvailabilities),
  },
  getEventAvailability: {
    params: { pointOfSalesId: 'number', eventIds: 'number[]', performanceIds: 'number[]', seatCategoryIds: 'number[]' },
    handle: atPointOfSales(eventAvailabilities),
  },
  getSeatsAvailability: {
    params: { pointOfSalesId: 'number', performanceId: 'number', seatCategoryId: 'number' },
    handle: atPointOfSales(seatsAvailability),
  },
  getUpdatedAvailabilities: {
    params: { pointOfSalesId: 'number', productIds: 'number[]', referenceDate: 'string' },
    handle: atPointOfSales(updatedAvailabilities),
  },
});
