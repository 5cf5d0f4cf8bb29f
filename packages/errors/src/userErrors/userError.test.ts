import { SecutixError } from '@stx/secutix-client';
import { refusalUserError } from './secutixRefusals';
import { userError, userErrorResolvers } from './userError';

const refused = (statusCode: string) => new SecutixError('BUSINESS', 'ExternalOrderFacade', 'createOrUpdateOrder', 'refused', { statusCode });

describe('userErrors', () => {
  it('name the code (the key before the dot) and the input path', () => {
    expect(userError('INVALID_INPUT.email', 'email')).toMatchObject({ code: 'INVALID_INPUT', field: 'email', message: 'Not an e-mail address.' });
    expect(userError('PERFORMANCE_NOT_FOUND', ['items', 2, 'performanceId']).field).toBe('items.2.performanceId');
  });

  it("render their message in the caller's language", () => {
    const error = userError('PAYMENT_INCOMPLETE', 'orderId', { amountDue: '45.00 CHF' });
    expect(userErrorResolvers.message(error, {}, { acceptLanguage: 'de' })).toBe('Die Bestellung ist noch nicht vollständig bezahlt: 45.00 CHF sind noch offen.');
    expect(userErrorResolvers.message(error, {}, {})).toBe('The order is not fully paid yet: 45.00 CHF is still due.');
  });

  it("map SecuTix's refusals through one table, an operation's own meaning first", () => {
    expect(refusalUserError(refused('error.order.availability'), { field: 'items' })).toMatchObject({ code: 'SOLD_OUT', field: 'items' });
    expect(refusalUserError(refused('error.whatever'))).toMatchObject({ code: 'REFUSED', field: null });
    const meaning = { 'error.order.notModifiable': { key: 'SHIPMENT_LOCKED' as const, field: 'orderId' } };
    expect(refusalUserError(refused('error.order.notModifiable'), { meaning })).toMatchObject({ code: 'SHIPMENT_LOCKED', field: 'orderId' });
  });

  it('leave failures that are not refusals thrown', () => {
    const down = new SecutixError('UNAVAILABLE', 'ExternalOrderFacade', 'createOrUpdateOrder', 'down');
    expect(() => refusalUserError(down)).toThrow(down);
  });
});
