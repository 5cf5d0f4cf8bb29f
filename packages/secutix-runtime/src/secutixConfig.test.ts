import { readBackendConfig } from './secutixConfig';

const base = { IDENTITY_SECRET: 'x'.repeat(32) };

describe('readBackendConfig', () => {
  it('requires a long identity secret', () => {
    expect(() => readBackendConfig({})).toThrow(/IDENTITY_SECRET is required/);
    expect(() => readBackendConfig({ IDENTITY_SECRET: 'short' })).toThrow(/IDENTITY_SECRET must be at least 32/);
  });

  it('has working defaults for the embedded simulator', () => {
    const config = readBackendConfig(base);
    expect(config.secutix).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', institution: 'DEMO', operator: 'DEMO_B2C', transport: 'soap' });
    expect(config.redisUrl).toBeUndefined();
    expect(config).toMatchObject({ callsPerMinute: 150, writeCallsPerMinute: 30, instances: undefined });
    expect(config.operationShares).toEqual([{ name: 'availability-calls', operations: ['AvailabilityService.getProductAvailability', 'AvailabilityService.getPerformanceAvailability'], callsPerMinute: 30 }]);
    expect(config.secutix.operationTimeoutsMs['CatalogService.getCatalogDetailed']).toBeGreaterThan(30_000);
    expect(config.secutix.jsonAuth).toBe('self-signed');
    expect(readBackendConfig({ ...base, SECUTIX_JSON_AUTH: 'token-endpoint' }).secutix.jsonAuth).toBe('token-endpoint');
  });

  it.each([
    ['SECUTIX_TRANSPORT', 'xml', /SECUTIX_TRANSPORT must be one of soap, json/],
    ['SECUTIX_BASE_URL', 'not a url', /SECUTIX_BASE_URL must be a URL/],
    ['SECUTIX_CALLS_PER_MINUTE', 'many', /SECUTIX_CALLS_PER_MINUTE must be an integer/],
    ['SECUTIX_CALLS_PER_MINUTE', '0', /SECUTIX_CALLS_PER_MINUTE must be >= 2/],
    ['SECUTIX_WRITE_CALLS_PER_MINUTE', '150', /SECUTIX_WRITE_CALLS_PER_MINUTE must be less than SECUTIX_CALLS_PER_MINUTE \(150\)/],
    ['SECUTIX_WRITE_CALLS_PER_MINUTE', '0', /SECUTIX_WRITE_CALLS_PER_MINUTE must be >= 1/],
    ['AVAILABILITY_CALLS_PER_MINUTE', '0', /AVAILABILITY_CALLS_PER_MINUTE must be >= 1/],
    ['SECUTIX_CATALOG_TIMEOUT_MS', '30000', /SECUTIX_CATALOG_TIMEOUT_MS must be >= 31000/],
    ['INSTANCES', '0', /INSTANCES must be >= 1/],
    ['SECUTIX_BREAKER_FAILURES', 'x', /SECUTIX_BREAKER_FAILURES must be an integer/],
    ['REDIS_URL', 'localhost', /REDIS_URL must be a URL/],
    ['CACHING', 'maybe', /CACHING must be one of on, off/],
    ['SECUTIX_JSON_AUTH', 'oauth', /SECUTIX_JSON_AUTH must be one of self-signed, token-endpoint/],
  ])('stops on a bad %s and names it', (name, value, message) => {
    expect(() => readBackendConfig({ ...base, [name]: value })).toThrow(message);
  });

  it('takes no demo credentials for an address of its own: the demo secret is only ever sent to the default simulator', () => {
    const real = { ...base, SECUTIX_BASE_URL: 'https://myinstit.ws.secutix.com' };
    expect(() => readBackendConfig(real)).toThrow(/SECUTIX_INSTITUTION is required with SECUTIX_BASE_URL/);
    expect(() => readBackendConfig({ ...real, SECUTIX_INSTITUTION: 'MYINSTIT' })).toThrow(/SECUTIX_SECRET is required with SECUTIX_BASE_URL/);
    expect(readBackendConfig({ ...real, SECUTIX_INSTITUTION: 'MYINSTIT', SECUTIX_SECRET: 's3cret' }).secutix).toMatchObject({ institution: 'MYINSTIT', operator: 'MYINSTIT_B2C', secret: 's3cret' });
    expect(readBackendConfig(base).secutix).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', institution: 'DEMO', secret: 'demo-secret' });
  });

  it('has no SecuTix address by default in production, where the demo simulator is never meant', () => {
    expect(() => readBackendConfig({ ...base, NODE_ENV: 'production' })).toThrow(/SECUTIX_BASE_URL is required in production/);
    expect(() => readBackendConfig({ ...base, SECUTIX_BASE_URL: 'redis://myinstit.ws.secutix.com' })).toThrow(/SECUTIX_BASE_URL must be a URL \(http:\/\/, https:\/\/\)/);
  });

  it('keeps the secret out of the error message', () => {
    expect(() => readBackendConfig({ ...base, SECUTIX_SECRET: 'hunter2', SECUTIX_TRANSPORT: 'bad' })).toThrow(/^(?!.*hunter2)/);
  });
});
