/** How long and how hard each scenario runs: the full suite (under 10 minutes) or CI's `--quick` form. */
export interface ChaosSettings {
  quick: boolean;
  /** CATALOG_SETUP_CHECK_SECONDS and AVAILABILITY_SYNC_SECONDS of every process */
  backgroundCheckSeconds: number;
  outageSeconds: number;
  /** concurrent readers kept busy during the outage and the Redis restart */
  readers: number;
  redisDownSeconds: number;
  /** createOrder sent at once with one idempotency key (plus one retry after) */
  concurrentOrders: number;
  subgraphDownSeconds: number;
  fuzzRequests: number;
  fuzzConcurrency: number;
  /** the fuzz stops here even if not every request was sent */
  fuzzMaxSeconds: number;
  loginAttempts: number;
  seed: number;
}

export function chaosSettings(argv: string[]): ChaosSettings {
  const quick = argv.includes('--quick');
  const seed = Number(argv.find((a) => a.startsWith('--seed='))?.split('=')[1] ?? 11);
  return quick
    ? { quick, backgroundCheckSeconds: 10, outageSeconds: 30, readers: 3, redisDownSeconds: 8, concurrentOrders: 10, subgraphDownSeconds: 6, fuzzRequests: 1000, fuzzConcurrency: 8, fuzzMaxSeconds: 60, loginAttempts: 20, seed }
    : { quick, backgroundCheckSeconds: 10, outageSeconds: 90, readers: 4, redisDownSeconds: 20, concurrentOrders: 10, subgraphDownSeconds: 20, fuzzRequests: 10_000, fuzzConcurrency: 16, fuzzMaxSeconds: 300, loginAttempts: 40, seed };
}
