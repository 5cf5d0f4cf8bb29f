import { boundedMemo } from './boundedMemo';

describe('boundedMemo', () => {
  it('computes an argument once, undefined answers included', () => {
    const calls: string[] = [];
    const memo = boundedMemo((s: string) => (calls.push(s), s === 'x' ? undefined : s.toUpperCase()));
    expect([memo('a'), memo('a'), memo('x'), memo('x')]).toEqual(['A', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', 'x']);
  });

  it('keeps at most its capacity, forgetting the oldest', () => {
    const calls: number[] = [];
    const memo = boundedMemo((n: number) => (calls.push(n), n * 2), 2);
    memo(1);
    memo(2);
    memo(3); // 1 forgotten
    memo(2);
    memo(1);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
