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

function inProgress(requestId: number): ResultBody {
  return { statusCode: 'in_progress', statusDetail: 'The catalog is being prepared; call again with this requestId', requestId };
}

/**
 * SecuTix answers `in_progress` when the export outlasts ~30 s; the client calls again with the
 * requestId until it gets the catalog (docs/secutix/platform-facts.md#results).
 */
async function getCatalogDetailed(requestId: number | undefined, ctx: OperationContext): Promise<ResultBody> {
  const readyAt = requestId === undefined ? undefined : ctx.catalogJobs.get(requestId);
  if (requestId !== undefined && readyAt !== undefined) {
    const remaining = readyAt - ctx.now();
    if (remaining > ctx.inProgressAfterMs) {
      await ctx.sleep(ctx.inProgressAfterMs);
      return inProgress(requestId);
    }
    await ctx.sleep(Math.max(0, remaining));
    ctx.catalogJobs.delete(requestId);
    return catalogDetailed(ctx.state);
  }
  if (ctx.latencyMs > ctx.inProgressAfterMs) {
    const id = ctx.nextRequestId();
    ctx.catalogJobs.set(id, ctx.now() + ctx.latencyMs);
    await ctx.sleep(ctx.inProgressAfterMs);
    return inProgress(id);
  }
  await ctx.sleep(ctx.latencyMs);
  return catalogDetailed(ctx.state);
}

export const catalogService: ServiceDef = serviceDef(CatalogService, {
  isCatalogServiceAlive: { params: {}, handle: (_p, ctx) => success(ctx, {}) },
  getPOSConfig: { params: {}, handle: (_p, ctx) => success(ctx, { posConfigData: posConfig(ctx.institution) }) },
  getLastSetupUpdate: {
    params: {},
    handle: (_p, ctx) => success(ctx, { lastSetupUpdate: iso(ctx.state.lastSetupUpdate) }),
  },
  getCatalogDetailed: {
    // scope is accepted and ignored: the simulator always returns every product, cancelled ones included.
    params: { requestId: 'number', scope: 'string' },
    ownsLatency: true,
    isFollowUp: (p, ctx) => typeof p.requestId === 'number' && ctx.catalogJobs.has(p.requestId),
    handle: (p, ctx) => getCatalogDetailed(p.requestId as number | undefined, ctx),
  },
});
