import { createHash } from 'node:crypto';
import type { Counters } from './processFallback';

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

/**
 * Login throttling that stops attackers, not customers. Only failures count, in fixed windows:
 * - an address with many failures is first slowed (it must wait before its next attempt), then
 *   refused until the window ends;
 * - an account is defended per address: an address that failed on it `perAccount` times is
 *   refused on it, and once the account has that many failures from other addresses too (an
 *   attack spread over addresses) every address that failed on it is refused; an address with no
 *   failure on it, giving the right password, always gets in.
 * Accounts are keyed by a hash of the e-mail, so the store never holds who tried. The address is
 * the one the gateway signed into the identity header (TRUST_PROXY), never a subgraph's peer.
 */
export class LoginGuard {
  constructor(private readonly o: { counters: Counters; limits: LoginLimits; now?: () => number }) {}

  async check(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<LoginDecision> {
    const k = this.keys(email, clientIp, nowMs);
    const [client, pair, account, waitUntil] = await Promise.all([k.client, k.pair, k.account, k.wait].map((key) => this.o.counters.get(key)));
    const { perAccount, perClient } = this.o.limits;
    const windowLeft = Math.ceil((k.windowEnd - nowMs) / 1000);
    if (Number(client ?? 0) >= perClient) return { allowed: false, retryAfterSeconds: windowLeft };
    const failedHere = Number(pair ?? 0);
    if (failedHere >= perAccount || (failedHere > 0 && Number(account ?? 0) - failedHere >= perAccount)) return { allowed: false, retryAfterSeconds: windowLeft };
    if (waitUntil !== undefined && Number(waitUntil) > nowMs) return { allowed: false, retryAfterSeconds: Math.ceil((Number(waitUntil) - nowMs) / 1000) };
    return { allowed: true };
  }

  /** a wrong password or unknown e-mail (never a technical failure: SecuTix down is nobody's guess) */
  async failed(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<void> {
    const k = this.keys(email, clientIp, nowMs);
    const ttl = this.o.limits.windowSeconds * 2; // outlives the window even if instances' clocks differ
    const [client] = await Promise.all([k.client, k.pair, k.account].map((key) => this.o.counters.incr(key, ttl)));
    const over = client - this.o.limits.slowAfter;
    if (over >= 0) {
      const waitSeconds = Math.min(2 ** over, MAX_WAIT_SECONDS);
      await this.o.counters.set(k.wait, String(nowMs + waitSeconds * 1000), waitSeconds);
    }
  }

  /** the right password: this address's failures on this account are forgiven */
  async succeeded(email: string, clientIp: string | undefined, nowMs = this.now()): Promise<void> {
    await this.o.counters.delete(this.keys(email, clientIp, nowMs).pair);
  }

  private keys(email: string, clientIp: string | undefined, nowMs: number) {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    const client = clientIp ?? 'unknown';
    const windowMs = this.o.limits.windowSeconds * 1000;
    const window = Math.floor(nowMs / windowMs);
    return {
      client: `login:fail:client:${client}:${window}`,
      pair: `login:fail:pair:${account}:${client}:${window}`,
      account: `login:fail:account:${account}:${window}`,
      wait: `login:wait:${client}`,
      windowEnd: (window + 1) * windowMs,
    };
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}
