import type { Translated } from '@stx/secutix-client';

/** Picks a translation: the requested language, then the institution's main one, then any. */
export function translate(text: Translated | undefined, lang: string | undefined, mainLanguage: string): string | null {
  const list = text?.translations;
  if (!list || list.length === 0) return null;
  const pick = (l: string | undefined) => (l ? list.find((t) => t.locale === l)?.value : undefined);
  return pick(lang?.toLowerCase()) ?? pick(mainLanguage) ?? list[0].value;
}
