import { codedError } from '@stx/errors';
import { chooseLanguage, isLanguageTag } from '@stx/language';

// The language rule applied to a field's `lang` argument. Kept apart from the rule itself (@stx/language):
// it throws a coded error, and @stx/errors, below this package, chooses its messages' language by that rule.

/** A `lang` argument that is not a language tag is BAD_USER_INPUT, in every subgraph alike. */
export function checkLangArgument(lang: string | null | undefined, argument = 'lang'): void {
  if (lang != null && !isLanguageTag(lang)) throw codedError('BAD_USER_INPUT', `${argument} is a language code such as "fr" or "en-GB"`, { argument });
}

/**
 * The language rule over the point of sale's configuration (getPOSConfig's languageList and
 * mainLanguage), for a field with a `lang` argument: a malformed `lang` is BAD_USER_INPUT.
 */
export function posLanguage(pos: { languageList?: string[]; mainLanguage?: string }, lang: string | null | undefined, acceptLanguage: string | string[] | undefined): string {
  checkLangArgument(lang);
  const mainLanguage = pos.mainLanguage ?? pos.languageList?.[0] ?? 'en';
  return chooseLanguage({ lang, acceptLanguage, offered: pos.languageList?.length ? pos.languageList : [mainLanguage], mainLanguage });
}
