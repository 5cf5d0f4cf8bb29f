import type { SecutixConfig } from '../config';

/**
 * Operations never retried inside one call:
 * - `getCatalogDetailed`: SecuTix allows one every 10 minutes; a retry would be a new export,
 *   refused with 509. An `in_progress` answer is followed up with its requestId instead.
 * - the background checks (`getLastSetupUpdate`, `getUpdatedAvailabilities`): their next tick is
 *   the retry, so an outage costs at most one call per tick.
 */
const SINGLE_ATTEMPT = new Set(['CatalogService.getCatalogDetailed', 'CatalogService.getLastSetupUpdate', 'AvailabilityService.getUpdatedAvailabilities']);

export function attemptsFor(config: SecutixConfig, service: string, operation: string, isWrite: boolean): number {
  if (isWrite || SINGLE_ATTEMPT.has(`${service}.${operation}`)) return 1;
  return Math.max(1, config.readAttempts);
}

/** how long we wait for one answer: per operation where configured, `timeoutMs` otherwise */
export function timeoutFor(config: SecutixConfig, service: string, operation: string): number {
  return config.operationTimeoutsMs[`${service}.${operation}`] ?? config.timeoutMs;
}
