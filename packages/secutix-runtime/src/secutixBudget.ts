import { InstanceHeartbeat, RateBudget, fixedInstanceCount, type CoordinationStore, type InstanceCount } from '@stx/cache';
import { currentRequest } from '@stx/observability';
import { budgetExhausted, callerBudgetExhausted, type OutgoingCall } from '@stx/secutix-client';
import type { BackendConfig } from './secutixConfig';

export interface SecutixBudget {
  /** throws BUDGET_EXHAUSTED when the call may not leave */
  take(call: OutgoingCall): Promise<void>;
  instances: InstanceCount;
  /** each shared count by name, for the metrics (`stx_secutix_budget_*`) */
  layers: { name: string; limit: number; remaining(): Promise<number> }[];
}

/**
 * Our one budget of SecuTix calls a minute, for all instances together. A call made for a request
 * first draws from its caller's share (`SECUTIX_CALLS_PER_CALLER_PER_MINUTE`: a contact, a guest,
 * an operator, else a client network, as the subgraph host names it), so that no one caller can
 * spend what every caller shares; then every call from layers in turn: the share of its operation if it has one (availability's
 * `AVAILABILITY_CALLS_PER_MINUTE`), the reads' part unless it writes (`callsPerMinute -
 * writeCallsPerMinute`, so however many reads come, writes such as a buyer's order always find
 * `writeCallsPerMinute` calls), and the whole (`callsPerMinute`). Counted in `store`; while it is
 * down each process takes only its share of each layer (RateBudget).
 */
export function createSecutixBudget(config: BackendConfig, store: CoordinationStore, onStoreError?: (err: unknown) => void): SecutixBudget {
  const instances = config.instances !== undefined ? fixedInstanceCount(config.instances) : config.redisUrl ? new InstanceHeartbeat(store, { onStoreError }) : fixedInstanceCount(1);
  // CACHING=off is the naive baseline: a straightforward wrapper has no budget either, so SecuTix's own 509s show
  const unlimited = config.caching === 'off';
  const layer = (name: string, perMinute: number) => {
    const limit = unlimited ? Number.MAX_SAFE_INTEGER : perMinute;
    const counter = new RateBudget({ store, limit, windowSeconds: 60, name, instances, onStoreError });
    return { name, limit, counter, remaining: () => counter.remaining() };
  };
  const all = layer('secutix-calls', config.callsPerMinute);
  const reads = layer('secutix-reads', config.callsPerMinute - config.writeCallsPerMinute);
  const shares = config.operationShares.map((share) => ({ ...layer(share.name, share.callsPerMinute), operations: new Set(share.operations) }));
  const layersOf = (call: OutgoingCall) => [...shares.filter((share) => share.operations.has(`${call.service}.${call.operation}`)), ...(call.write ? [] : [reads]), all];
  // each caller's share, counted apart: background work (no request) draws from the layers alone
  const perCaller = new RateBudget({ store, limit: unlimited ? Number.MAX_SAFE_INTEGER : config.callsPerCallerPerMinute, windowSeconds: 60, name: 'secutix-caller', instances, onStoreError, maxLocalSubjects: 10_000 });
  return {
    instances,
    layers: [all, reads, ...shares],
    async take(call) {
      // first, so that a caller past its share spends nothing of everyone's
      for (const caller of currentRequest()?.callers ?? []) {
        if (!(await perCaller.tryTake(caller))) throw callerBudgetExhausted(call, perCaller.secondsToNextWindow());
      }
      for (const { name, limit, counter } of layersOf(call)) {
        if (!(await counter.tryTake())) throw budgetExhausted(call, `our ${name} budget of ${limit} a minute is spent`);
      }
    },
  };
}
