import type { CoordinationStore } from '@stx/cache';
import { REFRESH_TOKEN_SECONDS, type TokenClaims } from './tokens';

type Claims = Pick<TokenClaims, 'sub' | 'sid' | 'iat'>;

/**
 * Revocation and rotation state of login sessions, in the coordination store: the one place the
 * contacts subgraph writes (logout, logoutEverywhere, password change, refresh) and the gateway
 * reads (every request with an access token). Every method rejects with StoreUnavailableError
 * when the store cannot answer: a session whose state is unknown is never accepted.
 *
 * Markers live as long as the longest-lived token they can concern (a refresh token), so
 * nothing revoked comes back to life when a marker expires.
 */
export class Sessions {
  constructor(private readonly store: CoordinationStore) {}

  /**
   * Logged out, reused, or issued before its contact's sessions were all revoked; or issued before
   * the store's session state began. The markers are the memory of what ended: a store that lost
   * them (restarted empty, flushed, its keys evicted) would bring logged-out sessions back, so
   * when the state's start is missing it starts again now, and nothing older is accepted: every
   * session opened before must log in again.
   */
  async isRevoked(claims: Claims, nowMs = Date.now()): Promise<boolean> {
    const [revoked, notBefore, since] = await Promise.all([this.store.get(sessionKey(claims.sid)), this.store.get(contactKey(claims.sub)), this.store.get(SINCE_KEY)]);
    const stateSince = since === undefined ? await this.begin(nowMs) : Number(since);
    return !(claims.iat >= stateSince) || revoked !== undefined || (notBefore !== undefined && claims.iat < Number(notBefore));
  }

  /**
   * Before tokens are issued at `nowMs` (their `iat`): the state must not look newer than them. A
   * store that cannot answer leaves it as it is: a state older than these tokens accepts them once
   * it answers again; one begun anew (the store came back empty) refuses them, as every other. So
   * a login needs no store, as before.
   */
  async opening(nowMs: number): Promise<void> {
    await this.begin(nowMs).catch(() => undefined);
  }

  /**
   * Before a session is opened at `nowMs` (its `iat`): the store's session state begins then at the
   * latest, so that the new session is not taken for one older than the state. The start of the state.
   */
  async begin(nowMs: number): Promise<number> {
    if (await this.store.setIfAbsent(SINCE_KEY, String(nowMs), SINCE_SECONDS)) return nowMs;
    const since = Number(await this.store.get(SINCE_KEY));
    return Number.isFinite(since) ? since : nowMs;
  }

  /**
   * When a session with no issue time of its own was first presented (SecuTix's contact cookie,
   * whose signed part names the contact only): recorded by the first instance to see it, kept
   * `FIRST_SEEN_SECONDS` so that its age keeps counting from that first sight.
   */
  async firstSeen(sid: string, nowMs: number): Promise<number> {
    const key = `session:first-seen:${sid}`;
    if (await this.store.setIfAbsent(key, String(nowMs), FIRST_SEEN_SECONDS)) return nowMs;
    const seen = Number(await this.store.get(key));
    return Number.isFinite(seen) ? seen : nowMs;
  }

  /** logout: this device's session */
  async revoke(sid: string): Promise<void> {
    await this.store.set(sessionKey(sid), '1', REFRESH_TOKEN_SECONDS);
  }

  /** logoutEverywhere, password change: every token of the contact issued until now */
  async revokeContact(contactNumber: string, nowMs: number): Promise<void> {
    await this.store.set(contactKey(contactNumber), String(nowMs), REFRESH_TOKEN_SECONDS);
  }

  /**
   * Redeems a refresh token once. A generation presented a second time means a copy of it is in
   * someone else's hands: the whole family is revoked, so the thief's rotated tokens die too
   * (OAuth 2.0 Security BCP, refresh token rotation with reuse detection). Within `graceMs` of
   * its first use it is redeemed again instead (Auth0's reuse interval, Okta's grace period): an
   * app whose two calls refreshed at once, or that retries a refresh whose answer it lost, keeps
   * its session; a thief within that window is not detected. 0 (the default): never.
   */
  async redeem(claims: Claims & Pick<TokenClaims, 'gen'>, nowMs = Date.now(), graceMs = 0): Promise<'ok' | 'revoked' | 'reused'> {
    if (await this.isRevoked(claims, nowMs)) return 'revoked';
    const key = `session:redeemed:${claims.sid}:${claims.gen}`;
    if (await this.store.setIfAbsent(key, String(nowMs), REFRESH_TOKEN_SECONDS)) return 'ok';
    if (graceMs > 0 && nowMs - Number(await this.store.get(key)) <= graceMs) return 'ok';
    await this.revoke(claims.sid);
    return 'reused';
  }
}

/** when the store's session state began; as long as anything lives in a store (ten years) */
const SINCE_KEY = 'session:state-since';
const SINCE_SECONDS = 10 * 365 * 24 * 3600;

/** as long as a browser keeps a cookie at most (Chromium caps every cookie's life at 400 days) */
const FIRST_SEEN_SECONDS = 400 * 24 * 3600;

const sessionKey = (sid: string) => `session:revoked:${sid}`;
const contactKey = (contactNumber: string) => `session:not-before:${contactNumber}`;
