import { createHash } from 'node:crypto';
import { networkOf } from '@stx/identity';
import type { Counters } from './processFallback';
import { secondsUntilBelow, slidingCount, type WindowCounts } from './slidingWindow';

export interface FailureLimits {
  /** failures from one address, on any subjects, before it is refused */
  perClient: number;
  /** failures from one address after which each further failure makes it wait (1 s, doubling, at most 60 s) */
  slowAfter: number;
  windowSeconds: number;
  /**
   * failures on one subject (login: the account) from one address before that address is refused
   * on it; also the failures from other addresses that put the subject under attack. Without it
   * (voucher codes: every guess is a new subject) only the address counts.
   */
  perSubject?: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_WAIT_SECONDS = 60;
const refused = (retryAfterSeconds: number): ThrottleDecision => ({ allowed: false, retryAfterSeconds });

/**
 * The one throttle for guessing secrets (passwords at login, voucher codes), which stops
 * guessers, not customers. Only failures count, in a sliding window:
 * - an address with many failures is first slowed (it must wait before its next attempt), then
 *   refused until the window ends;
 * - with `perSubject`, a subject (an account) is defended per address: an address that failed on
 *   it `perSubject` times is refused on it, and once the subject has that many failures from other
 *   addresses too (an attack spread over addresses) every address that failed on it is refused; an
 *   address with no failure on it, giving the right secret, always gets in.
 * Subjects are keyed by a hash, so the store never holds who or what was tried. The address is
 * the one the gateway signed into the identity header (TRUST_PROXY), never a subgraph's peer.
 *
 * What a store failure does is the counters' choice: the coordination store itself rejects
 * (StoreUnavailableError, fail closed), `processFallback` counts in this process instead.
 */
export class FailureThrottle {
  constructor(private readonly o: { name: string; counters: Counters; limits: FailureLimits; now?: () => number }) {}

  async check(clientIp: string | undefined, subject?: string, nowMs = this.now()): Promise<ThrottleDecision> {
    const k = this.keys(clientIp, subject, nowMs);
    const read = (key: string) => this.o.counters.get(key).then((v) => Number(v ?? 0));
    const windowCounts = async (key: (offset: number) => string): Promise<WindowCounts> => {
      const [previous, current] = await Promise.all([read(key(-1)), read(key(0))]);
      return { previous, current, elapsedMs: k.elapsedMs, windowMs: k.windowMs };
    };
    const { perClient, perSubject } = this.o.limits;
    const bySubject = k.subject && perSubject !== undefined ? k.subject : undefined;
    // one round trip to the store for all counters
    const [client, pair, all] = await Promise.all([k.client, ...(bySubject ? [bySubject.pair, bySubject.all] : [])].map(windowCounts));
    if (slidingCount(client) >= perClient) return refused(secondsUntilBelow(perClient, client));
    if (pair && all && perSubject !== undefined) {
      if (slidingCount(pair) >= perSubject) return refused(secondsUntilBelow(perSubject, pair));
      const elsewhere = { ...all, previous: all.previous - pair.previous, current: all.current - pair.current };
      if (slidingCount(pair) > 0 && slidingCount(elsewhere) >= perSubject) return refused(secondsUntilBelow(perSubject, elsewhere));
    }
    const waitUntil = await this.o.counters.get(k.wait);
    if (waitUntil !== undefined && Number(waitUntil) > nowMs) return refused(Math.ceil((Number(waitUntil) - nowMs) / 1000));
    return { allowed: true };
  }

  /** a wrong secret (never a technical failure: SecuTix down is nobody's guess) */
  async failed(clientIp: string | undefined, subject?: string, nowMs = this.now()): Promise<void> {
    const k = this.keys(clientIp, subject, nowMs);
    const ttl = this.o.limits.windowSeconds * 3; // the previous window is still read, and instances' clocks differ
    const keys = [k.client, ...(k.subject && this.o.limits.perSubject !== undefined ? [k.subject.pair, k.subject.all] : [])];
    const [client] = await Promise.all(keys.map((key) => this.o.counters.incr(key(0), ttl)));
    const over = client - this.o.limits.slowAfter;
    if (over >= 0) {
      const waitSeconds = Math.min(2 ** over, MAX_WAIT_SECONDS);
      await this.o.counters.set(k.wait, String(nowMs + waitSeconds * 1000), waitSeconds);
    }
  }

  /**
   * An attempt that costs whether or not it succeeds (a guest contact created, an order change
   * run), counted as a failure is: with limits from `readAttemptLimits`, a plain bound per caller.
   */
  async attempted(clientIp: string | undefined, nowMs = this.now()): Promise<void> {
    await this.failed(clientIp, undefined, nowMs);
  }

  /** the right secret: this address's failures on this subject are forgiven */
  async succeeded(clientIp: string | undefined, subject: string, nowMs = this.now()): Promise<void> {
    const { pair } = this.keys(clientIp, subject, nowMs).subject!;
    await Promise.all([this.o.counters.delete(pair(-1)), this.o.counters.delete(pair(0))]);
  }

  /** counter keys by fixed window: `key(0)` this one, `key(-1)` the previous one */
  private keys(clientIp: string | undefined, subject: string | undefined, nowMs: number) {
    const { name } = this.o;
    // an IPv6 client is counted by its /64, which it could otherwise rotate through
    const client = clientIp === undefined ? 'unknown' : networkOf(clientIp);
    const windowMs = this.o.limits.windowSeconds * 1000;
    const window = Math.floor(nowMs / windowMs);
    const hashed = subject === undefined ? undefined : createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url');
    return {
      client: (offset: number) => `${name}:fail:client:${client}:${window + offset}`,
      subject: hashed === undefined ? undefined : {
        pair: (offset: number) => `${name}:fail:pair:${hashed}:${client}:${window + offset}`,
        all: (offset: number) => `${name}:fail:subject:${hashed}:${window + offset}`,
      },
      wait: `${name}:wait:${client}`,
      elapsedMs: nowMs - window * windowMs,
      windowMs,
    };
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}
