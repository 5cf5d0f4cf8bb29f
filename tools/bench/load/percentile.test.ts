import { mergeSorted, percentile } from './percentile';

describe('percentile', () => {
  it('is the nearest rank of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([], 99)).toBe(0);
  });

  it('of several windows is over all their requests, not one window', () => {
    const quiet = Array.from({ length: 100 }, () => 10);
    const paused = [...Array.from({ length: 95 }, () => 10), 80, 80, 80, 80, 80];
    const pooled = mergeSorted([quiet, paused]);
    expect(pooled).toHaveLength(200);
    expect(percentile(quiet, 99)).toBe(10);
    expect(percentile(paused, 99)).toBe(80);
    expect(percentile(pooled, 99)).toBe(80);
    expect(percentile(pooled, 95)).toBe(10);
  });
});
