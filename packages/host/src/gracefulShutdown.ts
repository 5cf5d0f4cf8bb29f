import type { Server } from 'node:http';
import { lifecycle, type Logger } from '@stx/observability';
import { readInt, type Env } from '@stx/env';

export interface ShutdownConfig {
  /** seconds `/ready` answers 503 while requests are still served, so load balancers take the replica out first */
  delaySeconds: number;
  /** seconds requests in flight get to finish once new connections are refused */
  graceSeconds: number;
}

export function readShutdownConfig(env: Env): ShutdownConfig {
  return {
    delaySeconds: readInt(env, 'SHUTDOWN_DELAY_SECONDS', 5, { min: 0, max: 300 }),
    graceSeconds: readInt(env, 'SHUTDOWN_GRACE_SECONDS', 20, { min: 0, max: 3600 }),
  };
}

/**
 * A rolling restart without a failed request: turn `/ready` to 503 and answer with
 * `connection: close` (keep-alive clients reconnect elsewhere) for `delaySeconds`, then refuse new
 * connections, let the requests in flight finish within `graceSeconds`, and only then close.
 */
export async function drainAndClose(served: { server?: Server; close(): Promise<void> }, config: ShutdownConfig, logger: Logger): Promise<void> {
  lifecycle.startDraining();
  logger.info('draining', { inFlight: lifecycle.requestsInFlight, ...config });
  await new Promise((resolve) => setTimeout(resolve, config.delaySeconds * 1000));
  served.server?.close();
  if (!(await lifecycle.whenIdle(config.graceSeconds * 1000))) {
    logger.warn('grace period over: closing with requests in flight', { inFlight: lifecycle.requestsInFlight });
  }
  await served.close();
}
