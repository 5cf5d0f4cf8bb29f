import { moneyFromThousandths, parseSecutixId, posLanguage, translate } from '@stx/subgraph-kit';
import type { Translated } from '@stx/secutix-client';
import type { Resolvers } from '../__generated__/resolvers';
import type { CatalogContext } from '../context';
import { encodeCursor } from '../mappers/cursor';

/** A catalog text in the language the rule chooses (lang, then Accept-Language, then the institution's main language). */
export async function catalogText(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext): Promise<string | null> {
  const index = await ctx.catalog();
  return translate(text, posLanguage(index.pos, lang, ctx.acceptLanguage), index.mainLanguage);
}

/** Small types whose fields are plain reads of their SecuTix record. */
async function named(text: Translated | undefined, lang: string | null | undefined, ctx: CatalogContext, fallback: string): Promise<string> {
  return (await catalogText(text, lang, ctx)) ?? fallback;
}

export const smallTypes: Resolvers = {
  ProductConnection: {
    totalCount: (c) => c.totalCount,
    edges: (c) => c.items.map((node, i) => ({ cursor: encodeCursor(c.offset + i), node })),
    pageInfo: (c) => ({
      hasNextPage: c.offset + c.items.length < c.totalCount,
      endCursor: c.items.length ? encodeCursor(c.offset + c.items.length - 1) : null,
    }),
  },
  SeatCategory: {
    async __resolveReference(ref, ctx) {
      return (await ctx.catalog()).seatCategoryById.get(parseSecutixId(ref.id) ?? NaN) ?? null;
    },
    id: (s) => String(s.id),
    name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
  },
  AudienceSubCategory: {
    async __resolveReference(ref, ctx) {
      return (await ctx.catalog()).audienceSubCategoryById.get(parseSecutixId(ref.id) ?? NaN) ?? null;
    },
    id: (s) => String(s.id),
    name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
    kind: (s) => (s.audienceCategoryKind === 'REDUCED' || s.audienceCategoryKind === 'FREE' ? s.audienceCategoryKind : 'FULL'),
  },
  Price: {
    amount: (p) => moneyFromThousandths(p.thousandths, p.currencyCode),
  },
  Season: {
    id: (s) => String(s.id),
    name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
    start: (s) => s.start ?? null,
    end: (s) => s.end ?? null,
  },
  Topic: {
    id: (t) => String(t.id),
    name: (t, { lang }, ctx) => named(t.externalName, lang, ctx, t.code),
  },
  PointOfSale: {
    id: (p) => String(p.posId),
    name: (p) => p.organizationName ?? null,
    mainLanguage: (p) => p.mainLanguage ?? 'en',
    languages: (p) => p.languageList ?? [],
    timeZone: (p) => p.organizationTimeZone ?? null,
    paymentMethods: (p) => p.paymentMethods ?? [],
  },
  PaymentMethod: {
    id: (m) => String(m.id),
    type: (m) => m.paymentType ?? null,
    name: (m, { lang }, ctx) => named(m.externalName, lang, ctx, m.code),
  },
};
