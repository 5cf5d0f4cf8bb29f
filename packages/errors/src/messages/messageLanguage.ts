import { chooseLanguage } from '@stx/language';

/** the languages every message a client sees exists in */
export const MESSAGE_LANGUAGES = ['en', 'fr', 'de'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The language of a message (userErrors, errors): the language rule over the message catalogue,
 * whose own main language is English. `lang` when the field has one, then Accept-Language, then
 * English. Not the institution's main language: that one is read from SecuTix (getPOSConfig), and
 * an error must be told in a language even when SecuTix is what failed.
 */
export function messageLanguage(acceptLanguage: string | string[] | undefined, lang?: string | null): MessageLanguage {
  return chooseLanguage({ lang, acceptLanguage, offered: MESSAGE_LANGUAGES, mainLanguage: 'en' }) as MessageLanguage;
}
