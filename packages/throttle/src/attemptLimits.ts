import { readInt, type Env } from '@stx/env';
import type { FailureLimits } from './FailureThrottle';

/**
 * A bound on how often one caller may do something that costs SecuTix calls whether or not it
 * succeeds: `per` attempts in `window` seconds (each counted with FailureThrottle's `attempted`),
 * refused beyond, never slowed before.
 */
export function readAttemptLimits(env: Env, names: { per: string; window: string }, defaults: { per: number; windowSeconds: number }): FailureLimits {
  const perClient = readInt(env, names.per, defaults.per, { min: 1 });
  return { perClient, slowAfter: perClient, windowSeconds: readInt(env, names.window, defaults.windowSeconds, { min: 1 }) };
}
