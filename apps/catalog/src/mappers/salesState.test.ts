import { salesState } from './salesState';

const now = Date.parse('2026-06-01T00:00:00Z');

describe('salesState', () => {
  it('is on sale while running inside the sales window', () => {
    expect(salesState('RUNNING', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', now)).toBe('ON_SALE');
  });
  it('is soon on sale before the window opens', () => {
    expect(salesState('RUNNING', '2026-07-01T00:00:00Z', undefined, now)).toBe('SOON_ON_SALE');
  });
  it('has ended after the window', () => {
    expect(salesState('RUNNING', undefined, '2026-05-01T00:00:00Z', now)).toBe('SALES_ENDED');
  });
  it('is cancelled whatever the window', () => {
    expect(salesState('CANCELED', undefined, undefined, now)).toBe('CANCELLED');
  });
});
