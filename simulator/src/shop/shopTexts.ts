import type { Translated } from '../data/catalogTypes';

/** The demo institution's languages; anything else falls back to the first. */
const LANGUAGES = ['fr', 'en', 'de'] as const;

export function shopLanguage(value: string | null): string {
  const lang = (value ?? '').toLowerCase();
  return (LANGUAGES as readonly string[]).includes(lang) ? lang : LANGUAGES[0];
}

export function textIn(text: Translated, lang: string): string {
  return (text.translations.find((t) => t.locale === lang) ?? text.translations[0])?.value ?? '';
}
