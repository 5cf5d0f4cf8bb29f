import type { CoordinationStore } from '@stx/cache';
import { readInt, type Env } from '@stx/env';
import type { Logger } from '@stx/observability';
import { FailureThrottle, type FailureLimits } from './FailureThrottle';
import { processFallback } from './processFallback';

/**
 * A login's throttle as every login of the product has it (buyers in contacts, operators in
 * distribution): the FailureThrottle with the account as its subject, the limits of
 * LOGIN_ATTEMPTS_* and the coordination store, counting in this process while the store cannot
 * answer (said in the log once a minute), never letting a store error through as "allowed".
 * The `scope` (`login` for buyers, the default; `operator-login` for operators) keeps each one's
 * counters apart.
 */
export function createLoginGuard(store: CoordinationStore, limits: FailureLimits, options: { scope?: string; logger?: Logger } = {}): FailureThrottle {
  const scope = options.scope ?? 'login';
  let warnedAt = 0;
  const counters = processFallback(store, {
    onFallback: () => {
      if (Date.now() - warnedAt < 60_000) return; // once a minute, not once per login
      warnedAt = Date.now();
      options.logger?.warn('login throttling counts in this process: the coordination store is unavailable', { scope });
    },
  });
  return new FailureThrottle({ name: scope, counters, limits });
}

/** LOGIN_ATTEMPTS_* : one reading for every service that logs someone in; the subject is the account */
export function readLoginLimits(env: Env): FailureLimits {
  return {
    perSubject: readInt(env, 'LOGIN_ATTEMPTS_PER_ACCOUNT', 5, { min: 1 }),
    perClient: readInt(env, 'LOGIN_ATTEMPTS_PER_CLIENT', 30, { min: 1 }),
    slowAfter: readInt(env, 'LOGIN_SLOW_AFTER', 10, { min: 1 }),
    windowSeconds: readInt(env, 'LOGIN_ATTEMPTS_WINDOW_SECONDS', 900, { min: 1 }),
  };
}
