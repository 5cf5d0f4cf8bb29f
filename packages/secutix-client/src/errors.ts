/**
 * Typed SecuTix failures. Every one names the service and operation and says whether trying
 * again may help; the raw upstream body stays in `detail` for logs and never reaches clients.
 */
export type SecutixErrorKind =
  | 'RATE_LIMITED' // HTTP 509 / 429: back off, never loop
  | 'BUDGET_EXHAUSTED' // our own shared budget refused the call before it left
  | 'CALLER_BUDGET_EXHAUSTED' // the caller's own share of that budget is spent: nothing left, for this caller only
  | 'UNAVAILABLE' // 503, network error, timeout
  | 'CIRCUIT_OPEN' // refused before leaving: the service failed repeatedly and is left alone a while
  | 'AUTHENTICATION' // wrong operator / secret / token
  | 'TECHNICAL' // SOAP fault or HTTP 5xx
  | 'BUSINESS'; // statusCode error.* in a 200 answer

export class SecutixError extends Error {
  constructor(
    readonly kind: SecutixErrorKind,
    readonly service: string,
    readonly operation: string,
    message: string,
    readonly options: { statusCode?: string; httpStatus?: number; detail?: string; retryAfterSeconds?: number; requestId?: number } = {},
  ) {
    super(`${service}.${operation}: ${message}`);
    this.name = 'SecutixError';
  }

  /** whether the same call may succeed later without a change of input */
  get retryable(): boolean {
    return this.kind !== 'AUTHENTICATION' && this.kind !== 'BUSINESS';
  }

  /** whether retrying right now, inside one request, makes sense (not for rate limits or an open circuit) */
  get retryNow(): boolean {
    return this.kind === 'UNAVAILABLE' || this.kind === 'TECHNICAL';
  }

  get statusCode(): string | undefined {
    return this.options.statusCode;
  }
}

/**
 * Our own budget, or one of our rules spacing SecuTix calls out, refused a call before it left.
 * The one place such a refusal is built: it reaches clients as UPSTREAM_RATE_LIMITED, retryable.
 */
export function budgetExhausted(call: { service: string; operation: string }, reason: string): SecutixError {
  return new SecutixError('BUDGET_EXHAUSTED', call.service, call.operation, reason);
}

/**
 * The caller's share of our budget is spent (SECUTIX_CALLS_PER_CALLER_PER_MINUTE): the call never
 * left. It reaches the client as THROTTLED, retryable after `retryAfterSeconds`; other callers are
 * not concerned.
 */
export function callerBudgetExhausted(call: { service: string; operation: string }, retryAfterSeconds: number): SecutixError {
  return new SecutixError('CALLER_BUDGET_EXHAUSTED', call.service, call.operation, 'this caller’s share of the SecuTix calls is spent', { retryAfterSeconds });
}

/** a call our own budgets refused before it left: SecuTix saw nothing, so it says nothing of SecuTix's health */
export function refusedByOurBudget(err: unknown): boolean {
  return err instanceof SecutixError && (err.kind === 'BUDGET_EXHAUSTED' || err.kind === 'CALLER_BUDGET_EXHAUSTED');
}

export function httpStatusError(service: string, operation: string, status: number, body: string, retryAfter?: string | null): SecutixError {
  if (status === 509 || status === 429) {
    const seconds = retryAfter ? Number(retryAfter) : undefined;
    return new SecutixError('RATE_LIMITED', service, operation, `rate limited (HTTP ${status})`, { httpStatus: status, detail: body, retryAfterSeconds: Number.isFinite(seconds) ? seconds : undefined });
  }
  if (status === 401 || status === 403) {
    return new SecutixError('AUTHENTICATION', service, operation, `authentication refused (HTTP ${status})`, { httpStatus: status, detail: body });
  }
  if (status === 502 || status === 503 || status === 504) {
    return new SecutixError('UNAVAILABLE', service, operation, `unavailable (HTTP ${status})`, { httpStatus: status, detail: body });
  }
  return new SecutixError('TECHNICAL', service, operation, `technical error (HTTP ${status})`, { httpStatus: status, detail: body });
}
