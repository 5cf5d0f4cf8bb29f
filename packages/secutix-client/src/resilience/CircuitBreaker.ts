export interface CircuitBreakerOptions {
  /** consecutive technical failures that open the circuit */
  failureThreshold: number;
  /** how long the circuit stays open before one probe call is let through */
  openMs: number;
  now?: () => number;
  /** told each time the state changes (e.g. to set a metric) */
  onStateChange?: (state: 'closed' | 'open' | 'half-open') => void;
}

/**
 * Closed → open after `failureThreshold` consecutive technical failures → after `openMs`, one
 * probe call (half-open); its success closes the circuit, its failure opens it again. While open
 * or probing, every other call is refused at once, before it takes from the call budget.
 *
 * Our own rather than cockatiel's (3.x): its half-open state makes every other caller wait for the
 * probe instead of failing fast, its clock cannot be injected, and its `execute` wrapper would sit
 * around the budget, so refused calls would still spend it.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt?: number;
  private probing = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** true when a call may leave now; the caller then reports exactly one outcome */
  admit(): boolean {
    if (this.openedAt === undefined) return true;
    if (this.probing || this.now() < this.openedAt + this.options.openMs) return false;
    this.probing = true;
    this.options.onStateChange?.('half-open');
    return true;
  }

  /** ms until a probe may be sent (0 when closed) */
  remainingMs(): number {
    if (this.openedAt === undefined) return 0;
    return Math.max(0, this.openedAt + this.options.openMs - this.now());
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return this.probing ? 'half-open' : 'open';
  }

  /** SecuTix answered (a business fault or a rate limit is an answer too) */
  answered(): void {
    if (this.openedAt !== undefined) this.options.onStateChange?.('closed');
    this.failures = 0;
    this.openedAt = undefined;
    this.probing = false;
  }

  /** no answer: timeout, connection error, 5xx, SOAP server fault */
  failed(): void {
    this.failures++;
    if (this.probing || this.failures >= this.options.failureThreshold) {
      if (this.state !== 'open') this.options.onStateChange?.('open');
      this.openedAt = this.now();
      this.probing = false;
    }
  }

  /** the admitted call never left (e.g. our budget refused it): a probe slot is given back */
  released(): void {
    if (this.probing) this.options.onStateChange?.('open');
    this.probing = false;
  }
}
