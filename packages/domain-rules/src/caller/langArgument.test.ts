import { checkLangArgument, posLanguage } from './langArgument';

describe('a lang argument', () => {
  it('is BAD_USER_INPUT when it is no language tag, in every subgraph alike', () => {
    expect(() => posLanguage({ languageList: ['fr', 'en'], mainLanguage: 'fr' }, 'english!', undefined)).toThrow(/language code/);
    expect(() => checkLangArgument('x')).toThrow();
    expect(() => checkLangArgument('en-GB')).not.toThrow();
  });

  it('of a language the institution does not sell in falls back by the rule', () => {
    expect(posLanguage({ languageList: ['fr', 'en'], mainLanguage: 'fr' }, 'it', 'en-US')).toBe('en');
    expect(posLanguage({ languageList: ['fr', 'en'], mainLanguage: 'fr' }, 'en-GB', undefined)).toBe('en');
  });
});
