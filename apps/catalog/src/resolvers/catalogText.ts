import { posLanguage } from '@stx/domain-rules';
import { translate } from '@stx/language';
import type { Translated } from '@stx/secutix-client';
import type { CatalogContext } from '../context';

/** A catalog text in the language the rule chooses (lang, then Accept-Language, then the institution's main language). */
export async function catalogText(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext): Promise<string | null> {
  const index = await ctx.catalog();
  return translate(text, posLanguage(index.pos, lang, ctx.acceptLanguage), index.mainLanguage);
}

/** the name of a small type (season, topic, seat category...) in the language the rule chooses, else its code */
export async function named(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext, fallback: string): Promise<string> {
  return (await catalogText(text, lang, ctx)) ?? fallback;
}
