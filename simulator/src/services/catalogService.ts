import { CatalogService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import { iso } from '../data/dates';
import type { SimulatorState } from '../data/SimulatorState';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { posConfig } from './posConfig';
import { success } from './results';

/**
 * getCatalogDetailed's success answer, one object per catalog version: the transports cache its
 * serialisation by object identity, so an unchanged catalog is serialised once. Keyed by state
 * so several simulators in one process never share an answer.
 */
const catalogAnswers = new WeakMap<SimulatorState, { version: number; body: ResultBody }>();

function catalogDetailed(state: SimulatorState): ResultBody {
  let answer = catalogAnswers.get(state);
  if (answer?.version !== state.catalogVersion) {
    answer = { version: state.catalogVersion, body: { statusCode: 'success', statusDetail: 'OK', requestId: state.catalogVersion, catalogData: state.catalog } };
    catalogAnswers.set(state, answer);
  }
  return answer.body;
}

/** What getCatalogDetailed may be restricted to [R: `seasonCode`, `productCode`, both optional]. */
interface CatalogScope {
  seasonCode?: string;
  productCode?: string;
}

/**
 * The catalog restricted to one season and/or one product code; the whole catalog is the cached
 * answer, a restricted one is built per call. An unknown code gives empty seasons [ours: SecuTix's
 * answer to an unknown code is not documented].
 */
function scopedAnswer(state: SimulatorState, scope: CatalogScope): ResultBody {
  const whole = catalogDetailed(state);
  if (scope.seasonCode === undefined && scope.productCode === undefined) return whole;
  const seasons = state.catalog.seasons
    .filter((s) => scope.seasonCode === undefined || s.code === scope.seasonCode)
    .map((s) => (scope.productCode === undefined ? s : { ...s, products: s.products.filter((p) => p.code === scope.productCode) }))
    .filter((s) => scope.productCode === undefined || s.products.length > 0);
  return { ...whole, catalogData: { seasons } };
}

function inProgress(requestId: number): ResultBody {
  return { statusCode: 'in_progress', statusDetail: 'The catalog is being prepared; call again with this requestId', requestId };
}

/**
 * SecuTix answers `in_progress` when the export outlasts ~30 s; the client calls again with the
 * requestId until it gets the catalog (docs/secutix/platform-facts.md#results).
 */
async function getCatalogDetailed(requestId: number | undefined, scope: CatalogScope, ctx: OperationContext): Promise<ResultBody> {
  const readyAt = requestId === undefined ? undefined : ctx.catalogJobs.get(requestId);
  if (requestId !== undefined && readyAt !== undefined) {
    const remaining = readyAt - ctx.now();
    if (remaining > ctx.inProgressAfterMs) {
      await ctx.sleep(ctx.inProgressAfterMs);
      return inProgress(requestId);
    }
    await ctx.sleep(Math.max(0, remaining));
    ctx.catalogJobs.delete(requestId);
    return scopedAnswer(ctx.state, scope);
  }
  if (ctx.latencyMs > ctx.inProgressAfterMs) {
    const id = ctx.nextRequestId();
    ctx.catalogJobs.set(id, ctx.now() + ctx.latencyMs);
    await ctx.sleep(ctx.inProgressAfterMs);
    return inProgress(id);
  }
  await ctx.sleep(ctx.latencyMs);
  return scopedAnswer(ctx.state, scope);
}

export const catalogService: ServiceDef = serviceDef(CatalogService, {
  isCatalogServiceAlive: { params: {}, handle: (_p, ctx) => success(ctx, {}) },
  getPOSConfig: { params: {}, handle: (_p, ctx) => success(ctx, { posConfigData: posConfig(ctx.institution) }) },
  getLastSetupUpdate: {
    params: {},
    handle: (_p, ctx) => success(ctx, { lastSetupUpdate: iso(ctx.state.lastSetupUpdate) }),
  },
  getCatalogDetailed: {
    // seasonCode and productCode restrict the answer; scope [ours] is accepted and ignored: every product, cancelled ones included.
    params: { requestId: 'number', seasonCode: 'string', productCode: 'string', scope: 'string' },
    ownsLatency: true,
    isFollowUp: (p, ctx) => typeof p.requestId === 'number' && ctx.catalogJobs.has(p.requestId),
    handle: (p, ctx) => getCatalogDetailed(p.requestId as number | undefined, { seasonCode: p.seasonCode as string | undefined, productCode: p.productCode as string | undefined }, ctx),
  },
});
