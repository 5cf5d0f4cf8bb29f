import { GraphQLError, parseValue } from 'graphql';
import { CountryCodeScalar } from './CountryCodeScalar';
import { canonicalCountryCode, isCountryCode } from './countryCode';

const refusal = (run: () => unknown): GraphQLError | undefined => {
  try {
    run();
  } catch (err) {
    return err as GraphQLError;
  }
  return undefined;
};

describe('the CountryCode scalar', () => {
  it('takes assigned ISO 3166-1 alpha-2 codes, in capitals', () => {
    for (const code of ['CH', 'DE', 'US', 'FR', 'GB', 'XK']) expect(CountryCodeScalar.parseValue(code)).toBe(code);
    expect(CountryCodeScalar.parseLiteral(parseValue('"AT"'))).toBe('AT');
  });

  it('reads any case as the code in capitals', () => {
    expect(CountryCodeScalar.parseValue('ch')).toBe('CH');
    expect(CountryCodeScalar.parseLiteral(parseValue('"dE"'))).toBe('DE');
  });

  it('refuses what is no assigned country with BAD_USER_INPUT, naming the scalar', () => {
    for (const bad of ['ZZ', 'XX', 'EU', 'UK', 'CHE', '756', 'C', '', ' CH', 'C1', 'Switzerland']) {
      expect([bad, refusal(() => CountryCodeScalar.parseValue(bad))?.extensions]).toEqual([bad, { code: 'BAD_USER_INPUT', retryable: false, scalar: 'CountryCode' }]);
    }
    expect(refusal(() => CountryCodeScalar.parseValue(null))?.message).toBe('Expected a CountryCode, an ISO 3166-1 alpha-2 country code such as "CH"; got null.');
    expect(refusal(() => CountryCodeScalar.parseValue({ code: 'CH' }))?.message).toMatch(/got an object\.$/);
    expect(refusal(() => CountryCodeScalar.parseLiteral(parseValue('CH')))?.message).toMatch(/got an enum value\.$/);
  });

  it('answers capitals, and fails a field whose value is no country rather than answer it', () => {
    expect(CountryCodeScalar.serialize('ch')).toBe('CH');
    expect(() => CountryCodeScalar.serialize('XX')).toThrow(/CountryCode cannot answer "XX"/);
  });

  it('is the country rule SecuTix takes: capitals only', () => {
    expect(canonicalCountryCode('ch')).toBe('CH');
    expect(isCountryCode('CH')).toBe(true);
    expect(isCountryCode('ch')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
  });
});
