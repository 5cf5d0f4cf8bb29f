import { createHash } from 'node:crypto';
import type { CoordinationStore } from '@stx/cache';
import { readInt, type Env } from '../env';
import type { Logger } from '../logger';
import { processFallback, type Counters } from './processFallback';
import { secondsUntilBelow, slidingCount, type WindowCounts } from './slidingWindow';

export interface LoginLimits {
  /** failures on one account from one address before that address is refused on it; also the failures from other addresses that put the account under attack */
  perAccount: number;
  /** failures from one address, on any accounts, before it is refused */
  perClient: number;
  /** failures from one address after which each further failure makes it wait (1 s, doubling, at most 60 s) */
  slowAfter: number;
  windowSeconds: number;
}

export type LoginDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_WAIT_SECONDS = 60;
const refused = (retryAfterSeconds: number): LoginDecision => ({ allowed: false, retryAfterSeconds });

/**
 * Login throttling that stops attackers, not customers. Only failures count, in a sliding window:
 * - an address with many failures is first slowed (it must wait before its next attempt), then
 *   refused until the window ends;
 * - an account is defended per address: an address that failed on it `perAccount` times is
 *   refused on it, and once the account has that many failures from other addresses too (an
 *   attack spread over addresses) every address that failed on it is refused; an address with no
 *   failure on it, giving the right password, always gets in.
 * Accounts are keyed by a hash of the e-mail, so the store never holds who tried. The address is
 * the one the gateway signed into the identity header (TRUST_PROXY), never a subgraph's peer.
 * One rule for every login of the product: a `scope` (`login` for buyers, the default;
 * `operator-login` for back-office operators) keeps each one's counters apart.
 */
export class LoginGuard {
  constructor(private readonly o: { counters: Counters; limits: LoginLimits; now?: () => number; scope?: string }) {}

  async check(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<LoginDecision> {
    const k = this.keys(email, clientIp, nowMs);
    const read = (key: string) => this.o.counters.get(key).then((v) => Number(v ?? 0));
    const [client, pair, account] = await Promise.all([k.client, k.pair, k.account].map(async (key): Promise<WindowCounts> => {
      const [previous, current] = await Promise.all([read(key(-1)), read(key(0))]);
      return { previous, current, elapsedMs: k.elapsedMs, windowMs: k.windowMs };
    }));
    const { perAccount, perClient } = this.o.limits;
    if (slidingCount(client) >= perClient) return refused(secondsUntilBelow(perClient, client));
    if (slidingCount(pair) >= perAccount) return refused(secondsUntilBelow(perAccount, pair));
    const elsewhere = { ...account, previous: account.previous - pair.previous, current: account.current - pair.current };
    if (slidingCount(pair) > 0 && slidingCount(elsewhere) >= perAccount) return refused(secondsUntilBelow(perAccount, elsewhere));
    const waitUntil = await this.o.counters.get(k.wait);
    if (waitUntil !== undefined && Number(waitUntil) > nowMs) return refused(Math.ceil((Number(waitUntil) - nowMs) / 1000));
    return { allowed: true };
  }

  /** a wrong password or unknown e-mail (never a technical failure: SecuTix down is nobody's guess) */
  async failed(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<void> {
    const k = this.keys(email, clientIp, nowMs);
    const ttl = this.o.limits.windowSeconds * 3; // the previous window is still read, and instances' clocks differ
    const [client] = await Promise.all([k.client, k.pair, k.account].map((key) => this.o.counters.incr(key(0), ttl)));
    const over = client - this.o.limits.slowAfter;
    if (over >= 0) {
      const waitSeconds = Math.min(2 ** over, MAX_WAIT_SECONDS);
      await this.o.counters.set(k.wait, String(nowMs + waitSeconds * 1000), waitSeconds);
    }
  }

  /** the right password: this address's failures on this account are forgiven */
  async succeeded(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<void> {
    const { pair } = this.keys(email, clientIp, nowMs);
    await Promise.all([this.o.counters.delete(pair(-1)), this.o.counters.delete(pair(0))]);
  }

  /** counter keys by fixed window: `key(0)` this one, `key(-1)` the previous one */
  private keys(email: string, clientIp: string | undefined, nowMs: number) {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    const client = clientIp ?? 'unknown';
    const windowMs = this.o.limits.windowSeconds * 1000;
    const window = Math.floor(nowMs / windowMs);
    const scope = this.o.scope ?? 'login';
    return {
      client: (offset: number) => `${scope}:fail:client:${client}:${window + offset}`,
      pair: (offset: number) => `${scope}:fail:pair:${account}:${client}:${window + offset}`,
      account: (offset: number) => `${scope}:fail:account:${account}:${window + offset}`,
      wait: `${scope}:wait:${client}`,
      elapsedMs: nowMs - window * windowMs,
      windowMs,
    };
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}

/**
 * A login's guard as every login of the product has it: the limits of LOGIN_ATTEMPTS_* and the
 * coordination store, counting in this process while the store cannot answer (said in the log
 * once a minute), never letting a store error through as "allowed".
 */
export function createLoginGuard(store: CoordinationStore, limits: LoginLimits, options: { scope?: string; logger?: Logger } = {}): LoginGuard {
  let warnedAt = 0;
  const counters = processFallback(store, {
    onFallback: () => {
      if (Date.now() - warnedAt < 60_000) return; // once a minute, not once per login
      warnedAt = Date.now();
      options.logger?.warn('login throttling counts in this process: the coordination store is unavailable', { scope: options.scope ?? 'login' });
    },
  });
  return new LoginGuard({ counters, limits, scope: options.scope });
}

/** LOGIN_ATTEMPTS_* : one reading for every service that logs someone in */
export function readLoginLimits(env: Env): LoginLimits {
  return {
    perAccount: readInt(env, 'LOGIN_ATTEMPTS_PER_ACCOUNT', 5, { min: 1 }),
    perClient: readInt(env, 'LOGIN_ATTEMPTS_PER_CLIENT', 30, { min: 1 }),
    slowAfter: readInt(env, 'LOGIN_SLOW_AFTER', 10, { min: 1 }),
    windowSeconds: readInt(env, 'LOGIN_ATTEMPTS_WINDOW_SECONDS', 900, { min: 1 }),
  };
}
