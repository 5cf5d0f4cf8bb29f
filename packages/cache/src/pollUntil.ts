/**
 * How often a process asks the shared store whether another instance has finished: a lock
 * holder's value, the first request of an idempotency key. One interval for every such wait, short
 * against a SecuTix call (tens to hundreds of ms), long against a Redis round trip.
 */
export const POLL_INTERVAL_MS = 25;

/**
 * Asks `check` at once and then every POLL_INTERVAL_MS until it answers something other than
 * undefined, for at most `timeoutMs`; undefined when time ran out. Counted in attempts, not clock
 * reads, so a frozen test clock cannot make it spin forever. An error of `check` ends the wait: a
 * fail-closed store that cannot answer must not be read as "not yet".
 */
export async function pollUntil<R>(check: () => Promise<R | undefined>, timeoutMs: number): Promise<R | undefined> {
  for (let waited = 0; ; waited += POLL_INTERVAL_MS) {
    const found = await check();
    if (found !== undefined) return found;
    if (waited >= timeoutMs) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
