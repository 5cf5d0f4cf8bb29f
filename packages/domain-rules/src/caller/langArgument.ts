import { codedError } from '@stx/errors';
import { chooseLanguage, isLanguageTag } from '@stx/language';

// The language rule applied to a field's `lang` argument. Kept apart from the rule itself (@stx/language):
// it throws a coded error, and @stx/errors, below this package, chooses its messages' language by that rule.

/** A `lang` argument that is not a language tag is BAD_USER_INPUT, in every subgraph alike. */
export function checkLangArgument(lang: string | null | undefined, argument = 'lang'): void {
  if (lang != null && !isLanguageTag(lang)) throw codedError('BAD_USER_INPUT', `${argument} is a language code such as "fr" or "en-GB"`, { argument });
}

/** the languages a point of sale's configuration states */
export interface PosLanguages {
  languageList?: string[];
  mainLanguage?: string;
}

/** the institution's main language: getPOSConfig's mainLanguage, else the first it sells in, else English */
export function posMainLanguage(pos: PosLanguages): string {
  return pos.mainLanguage ?? pos.languageList?.[0] ?? 'en';
}

/**
 * The language rule over the point of sale's configuration (getPOSConfig's languageList and
 * mainLanguage), for a field with a `lang` argument: a malformed `lang` is BAD_USER_INPUT.
 */
export function posLanguage(pos: PosLanguages, lang: string | null | undefined, acceptLanguage: string | string[] | undefined): string {
  checkLangArgument(lang);
  const mainLanguage = posMainLanguage(pos);
  return chooseLanguage({ lang, acceptLanguage, offered: pos.languageList?.length ? pos.languageList : [mainLanguage], mainLanguage });
}
