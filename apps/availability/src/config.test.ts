import { AVAILABILITY_CHANGES_RETAIN_SECONDS } from '@stx/secutix-runtime';
import { readAvailabilityConfig } from './config';

const base = { IDENTITY_SECRET: 'x'.repeat(32) };

describe('readAvailabilityConfig', () => {
  it('keeps answers fresh for an hour by default', () => {
    expect(readAvailabilityConfig(base)).toMatchObject({ freshSeconds: 3600, staleSeconds: 86400, syncSeconds: 60 });
  });

  it('refuses a freshness the change feed does not remember changes for', () => {
    expect(readAvailabilityConfig({ ...base, AVAILABILITY_FRESH_SECONDS: String(AVAILABILITY_CHANGES_RETAIN_SECONDS) }).freshSeconds).toBe(AVAILABILITY_CHANGES_RETAIN_SECONDS);
    expect(() => readAvailabilityConfig({ ...base, AVAILABILITY_FRESH_SECONDS: String(AVAILABILITY_CHANGES_RETAIN_SECONDS + 1) })).toThrow(/AVAILABILITY_FRESH_SECONDS must be <= 172800/);
  });
});
