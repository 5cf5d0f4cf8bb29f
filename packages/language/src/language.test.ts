import { chooseLanguage, primaryLanguage } from './language';

const institution = { offered: ['fr', 'en', 'de'], mainLanguage: 'fr' };

describe('the language rule', () => {
  it('takes the lang argument first, reduced to its language', () => {
    expect(chooseLanguage({ ...institution, lang: 'en', acceptLanguage: 'de' })).toBe('en');
    expect(chooseLanguage({ ...institution, lang: 'EN-gb' })).toBe('en');
  });

  it('then Accept-Language by preference, BCP 47 region tags matching their language', () => {
    expect(chooseLanguage({ ...institution, acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en');
    expect(chooseLanguage({ ...institution, acceptLanguage: 'it, de-CH;q=0.8, en;q=0.5' })).toBe('de');
    expect(chooseLanguage({ ...institution, lang: 'it', acceptLanguage: 'de' })).toBe('de'); // a language not offered falls through
  });

  it('ends with the institution\'s main language', () => {
    expect(chooseLanguage({ ...institution })).toBe('fr');
    expect(chooseLanguage({ ...institution, acceptLanguage: 'ja, zh;q=0.5' })).toBe('fr');
    expect(chooseLanguage({ ...institution, acceptLanguage: 'garbage;;;' })).toBe('fr');
  });

  it('reads the language of a tag', () => {
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage('x')).toBeUndefined();
  });
});
