import { GraphQLError, Kind, parseValue } from 'graphql';
import { LanguageCodeScalar } from './LanguageCodeScalar';
import { canonicalLanguageTag } from '@stx/language';

const refusal = (run: () => unknown): GraphQLError | undefined => {
  try {
    run();
  } catch (err) {
    return err as GraphQLError;
  }
  return undefined;
};

describe('the LanguageCode scalar', () => {
  it('takes BCP 47 tags whose language is an ISO 639 code', () => {
    for (const tag of ['fr', 'en', 'de-CH', 'en-GB', 'zh-Hant-TW', 'gsw', 'en-US-u-ca-gregory', 'de-CH-1996']) expect(LanguageCodeScalar.parseValue(tag)).toBe(tag);
  });

  it('reads any case, Java\'s underscore and surrounding spaces as the canonical tag', () => {
    expect(LanguageCodeScalar.parseValue('EN-gb')).toBe('en-GB');
    expect(LanguageCodeScalar.parseValue('fr_CH')).toBe('fr-CH');
    expect(LanguageCodeScalar.parseValue(' de ')).toBe('de');
    expect(LanguageCodeScalar.parseValue('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(LanguageCodeScalar.parseValue('iw')).toBe('he'); // a deprecated code is its successor
    expect(LanguageCodeScalar.parseValue('sl-rozaj-biske')).toBe('sl-biske-rozaj'); // variants in order
    expect(LanguageCodeScalar.parseLiteral(parseValue('"DE-at"'))).toBe('de-AT');
  });

  it('refuses anything else with BAD_USER_INPUT, naming the scalar', () => {
    for (const bad of ['english!', 'french', 'x', '', ' ', 'en--GB', 'en-', '-en', 'i-klingon', 'en GB', '12', 'e\u0301n']) {
      const error = refusal(() => LanguageCodeScalar.parseValue(bad));
      expect([bad, error?.extensions]).toEqual([bad, { code: 'BAD_USER_INPUT', retryable: false, scalar: 'LanguageCode' }]);
    }
    expect(refusal(() => LanguageCodeScalar.parseValue(42))?.message).toBe('Expected a LanguageCode, a BCP 47 language tag such as "fr" or "en-GB"; got a number.');
    expect(refusal(() => LanguageCodeScalar.parseLiteral({ kind: Kind.INT, value: '1' }))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal(() => LanguageCodeScalar.parseLiteral(parseValue('["en"]')))?.message).toMatch(/got a list\.$/);
  });

  it('shows at most 40 characters of what it refuses', () => {
    expect(refusal(() => LanguageCodeScalar.parseValue(`!${'a'.repeat(1000)}`))?.message).toBe(`Expected a LanguageCode, a BCP 47 language tag such as "fr" or "en-GB"; got "!${'a'.repeat(39)}…".`);
  });

  it('refuses a long value before reading it, so a check costs time linear in at most 35 characters', () => {
    expect(canonicalLanguageTag('en-GB-oxendict-1994-x-abcdefgh-ijkl')).toBeDefined(); // 35 characters
    expect(canonicalLanguageTag('en-GB-oxendict-1994-x-abcdefgh-ijklm')).toBeUndefined();
    // well-formed BCP 47 of 1.8 MB, refused by its length alone (no clock: a timing would fail on a busy machine)
    expect(refusal(() => LanguageCodeScalar.parseValue(`en${'-abcdefgh'.repeat(200_000)}`))?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers the canonical tag, and fails a field whose value is none rather than answer it', () => {
    expect(LanguageCodeScalar.serialize('EN-gb')).toBe('en-GB');
    expect(() => LanguageCodeScalar.serialize('english!')).toThrow(/LanguageCode cannot answer "english!"/);
    expect(refusal(() => LanguageCodeScalar.serialize('english!'))).not.toBeInstanceOf(GraphQLError); // an internal error, not the caller's
  });
});
