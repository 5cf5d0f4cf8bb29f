import { posLanguage } from '@stx/domain-rules';
import { translate } from '@stx/language';
import type { Translated } from '@stx/secutix-client';
import type { CatalogContext } from '../context';
import { withCatalog } from './withCatalog';

/** A catalog text in the language the rule chooses (lang, then Accept-Language, then the institution's main language). */
export function catalogText(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext): string | null | Promise<string | null> {
  return withCatalog(ctx, (index) => translate(text, posLanguage(index.pos, lang, ctx.acceptLanguage), index.mainLanguage));
}

/** the name of a small type (season, topic, seat category...) in the language the rule chooses, else its code */
export function named(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext, fallback: string): string | Promise<string> {
  return withCatalog(ctx, (index) => translate(text, posLanguage(index.pos, lang, ctx.acceptLanguage), index.mainLanguage) ?? fallback);
}
