/** Polls until the check passes or the time is up; the freshness tests wait on real clocks. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 8000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}
