/**
 * SecuTix's "come back later": after a 509/429, no call to that operation leaves before its
 * Retry-After has passed (a 509 without one waits `defaultSeconds`). Kept per process; the
 * catalog's once-per-10-minutes rule is also shared through the store (apps/catalog).
 */
export class RetryAfterGate {
  private readonly notBefore = new Map<string, number>();

  constructor(private readonly options: { defaultSeconds: number; now?: () => number }) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** seconds left before `key` may be called again; 0 when it may */
  waitSeconds(key: string): number {
    const until = this.notBefore.get(key);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) {
      this.notBefore.delete(key);
      return 0;
    }
    return Math.ceil(left / 1000);
  }

  block(key: string, retryAfterSeconds: number | undefined): void {
    const seconds = retryAfterSeconds ?? this.options.defaultSeconds;
    this.notBefore.set(key, Math.max(this.notBefore.get(key) ?? 0, this.now() + seconds * 1000));
  }
}
