/** nearest-rank percentile of sorted values (ms); 0 for none */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank] * 100) / 100;
}

/** one sorted array of several sorted ones (the latencies of several windows) */
export function mergeSorted(arrays: number[][]): number[] {
  return arrays.flat().sort((a, b) => a - b);
}
