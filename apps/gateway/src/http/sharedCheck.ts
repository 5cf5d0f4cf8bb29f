/**
 * One answer for every caller within `ttlMs` of it, and one check in flight at a time: `/ready`
 * asks every subgraph, so without this each probe (or anyone on the public port, in a loop)
 * would send seven requests on; now the subgraphs see at most one round a second however many
 * ask. A failed check is not kept.
 */
export function sharedCheck<T>(check: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let last: { value: T; at: number } | undefined;
  let running: Promise<T> | undefined;
  return () => {
    if (last && now() - last.at < ttlMs) return Promise.resolve(last.value);
    running ??= check()
      .then((value) => {
        last = { value, at: now() };
        return value;
      })
      .finally(() => (running = undefined));
    return running;
  };
}
