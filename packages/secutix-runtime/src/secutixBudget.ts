import { InstanceHeartbeat, RateBudget, fixedInstanceCount, type CoordinationStore, type InstanceCount } from '@stx/cache';
import { SecutixError, type OutgoingCall } from '@stx/secutix-client';
import type { BackendConfig } from './secutixConfig';

export interface SecutixBudget {
  /** throws BUDGET_EXHAUSTED when the call may not leave */
  take(call: OutgoingCall): Promise<void>;
  instances: InstanceCount;
  /** each shared budget by name, for the metrics (`stx_secutix_budget_*`) */
  shares: { name: string; limit: number; remaining(): Promise<number> }[];
}

/**
 * Our share of SecuTix's calls a minute, for all instances together, with a reserve for writes:
 * reads draw from `callsPerMinute - writeCallsPerMinute` and every call from `callsPerMinute`, so
 * however many reads come, writes (a buyer's order) always find `writeCallsPerMinute` calls.
 * Counted in `store`; while it is down each process takes only its share (RateBudget).
 */
export function createSecutixBudget(config: BackendConfig, store: CoordinationStore, onStoreError?: (err: unknown) => void): SecutixBudget {
  const instances = config.instances !== undefined ? fixedInstanceCount(config.instances) : config.redisUrl ? new InstanceHeartbeat(store, { onStoreError }) : fixedInstanceCount(1);
  // CACHING=off is the naive baseline: a straightforward wrapper has no budget either, so SecuTix's own 509s show
  const unlimited = config.caching === 'off';
  const all = new RateBudget({ store, limit: unlimited ? Number.MAX_SAFE_INTEGER : config.callsPerMinute, windowSeconds: 60, name: 'secutix-calls', instances, onStoreError });
  const reads = new RateBudget({ store, limit: unlimited ? Number.MAX_SAFE_INTEGER : config.callsPerMinute - config.writeCallsPerMinute, windowSeconds: 60, name: 'secutix-reads', instances, onStoreError });
  return {
    instances,
    shares: [
      { name: 'secutix-calls', limit: unlimited ? Number.MAX_SAFE_INTEGER : config.callsPerMinute, remaining: () => all.remaining() },
      { name: 'secutix-reads', limit: unlimited ? Number.MAX_SAFE_INTEGER : config.callsPerMinute - config.writeCallsPerMinute, remaining: () => reads.remaining() },
    ],
    async take(call) {
      if (!call.write && !(await reads.tryTake())) {
        throw new SecutixError('BUDGET_EXHAUSTED', call.service, call.operation, `our budget of ${config.callsPerMinute - config.writeCallsPerMinute} SecuTix reads a minute is spent`);
      }
      if (!(await all.tryTake())) {
        throw new SecutixError('BUDGET_EXHAUSTED', call.service, call.operation, `our budget of ${config.callsPerMinute} SecuTix calls a minute is spent`);
      }
    },
  };
}
