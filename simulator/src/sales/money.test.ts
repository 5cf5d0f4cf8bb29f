import { formatThousandths } from './money';

describe('formatThousandths', () => {
  it('writes cents with two digits and keeps a third only when there is one', () => {
    expect(formatThousandths(45_000)).toBe('45.00');
    expect(formatThousandths(0)).toBe('0.00');
    expect(formatThousandths(7_050)).toBe('7.05');
    expect(formatThousandths(12_345)).toBe('12.345');
    expect(formatThousandths(-500)).toBe('-0.50');
    expect(formatThousandths(9_007_199_254_740_990)).toBe('9007199254740.99');
  });
});
