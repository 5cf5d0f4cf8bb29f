import { SecutixError } from '@stx/secutix-client';
import { fromSecutixError } from './secutixErrors';

describe('fromSecutixError', () => {
  it("gives a client our code and message and the failed service, never SecuTix's status or text", () => {
    const err = new SecutixError('BUSINESS', 'ExternalOrderFacade', 'createOrUpdateOrder', 'refused order 4711', { statusCode: 'error.business.internal_codes_x', detail: '<soap:Fault>internal stack at host-17</soap:Fault>' });
    const coded = fromSecutixError(err);
    expect(coded.extensions).toEqual({ code: 'UPSTREAM_ERROR', retryable: false, service: 'ExternalOrderFacade', operation: 'createOrUpdateOrder' });
    expect(JSON.stringify({ message: coded.message, extensions: coded.extensions })).not.toMatch(/error\.business|soap|host-17|4711/);
  });

  it.each([
    ['RATE_LIMITED', 'UPSTREAM_RATE_LIMITED', true],
    ['BUDGET_EXHAUSTED', 'UPSTREAM_RATE_LIMITED', true],
    ['UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', true],
    ['CIRCUIT_OPEN', 'UPSTREAM_UNAVAILABLE', true],
    ['TECHNICAL', 'UPSTREAM_UNAVAILABLE', true],
    ['AUTHENTICATION', 'UPSTREAM_AUTH', false],
  ] as const)('codes %s as %s', (kind, code, retryable) => {
    const coded = fromSecutixError(new SecutixError(kind, 'AvailabilityService', 'getProductAvailability', 'x', { statusCode: 'error.technical' }));
    expect(coded.extensions).toMatchObject({ code, retryable });
    expect(coded.extensions.secutixStatus).toBeUndefined();
  });

  it('says how long to wait when it is known (a rate limit, the spent budget, an open circuit)', () => {
    expect(fromSecutixError(new SecutixError('RATE_LIMITED', 'CatalogService', 'getCatalogDetailed', '509', { httpStatus: 509, retryAfterSeconds: 42 })).extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryable: true, retryAfterSeconds: 42 });
    expect(fromSecutixError(new SecutixError('UNAVAILABLE', 'CatalogService', 'getCatalogDetailed', 'timeout')).extensions.retryAfterSeconds).toBeUndefined();
  });
});
