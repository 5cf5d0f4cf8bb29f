import { moneyFromThousandths } from './money';

describe('moneyFromThousandths', () => {
  it('renders thousandths as a two-digit decimal string', () => {
    expect(moneyFromThousandths(45500, 'CHF')).toEqual({ amount: '45.50', currencyCode: 'CHF' });
    expect(moneyFromThousandths(0, 'EUR').amount).toBe('0.00');
    expect(moneyFromThousandths(10, 'EUR').amount).toBe('0.01');
    expect(moneyFromThousandths(-2500, 'EUR').amount).toBe('-2.50');
  });

  it('keeps a sub-cent digit rather than rounding money away', () => {
    expect(moneyFromThousandths(1005, 'EUR').amount).toBe('1.005');
  });

  it('handles amounts beyond float precision of cents', () => {
    expect(moneyFromThousandths(9_007_199_254_740_991, 'EUR').amount).toBe('9007199254740.991');
  });

  it('refuses a float', () => {
    expect(() => moneyFromThousandths(1.5, 'EUR')).toThrow(/not an integer/);
  });
});
