/**
 * The coordination store could not answer (Redis unreachable, timed out, or the in-memory store
 * full). Whoever asked must not assume either answer: an idempotency claim, a login counter or a
 * token's revocation state is unknown, so the safe move is to refuse and let the client retry.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`the coordination store could not ${operation}`, options);
    this.name = 'StoreUnavailableError';
  }
}
