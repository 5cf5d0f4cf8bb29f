export interface FailureBackoffOptions {
  /** the check's normal interval: the first wait after a failure */
  baseMs: number;
  /** the longest wait, however many failures in a row */
  maxMs: number;
  now?: () => number;
}

/**
 * Spacing for a background check against SecuTix: after each failure in a row the next attempt
 * waits twice as long (base, 2×, 4×… up to max); a success resets it. Per process: the shared
 * budget already keeps all instances together at one check per interval.
 */
export class FailureBackoff {
  private failures = 0;
  private nextAt = 0;

  constructor(private readonly options: FailureBackoffOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  due(): boolean {
    return this.now() >= this.nextAt;
  }

  succeeded(): void {
    this.failures = 0;
    this.nextAt = 0;
  }

  failed(): void {
    this.failures++;
    this.nextAt = this.now() + Math.min(this.options.maxMs, this.options.baseMs * 2 ** (this.failures - 1));
  }
}

/** the backoff of a check run every `intervalSeconds`: at most 8 intervals, never over 10 minutes */
export function checkBackoff(intervalSeconds: number, now?: () => number): FailureBackoff {
  const baseMs = intervalSeconds * 1000;
  return new FailureBackoff({ baseMs, maxMs: Math.max(baseMs, Math.min(8 * baseMs, 600_000)), now });
}
