import type DataLoader from 'dataloader';
import { checkLangArgument, parseSecutixId, posLanguage } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import type { AvailabilityContext } from '../context';
import { levelOf, toAvailability, unwrap } from './availabilityModel';

/** an entity's availability; an id that is no SecuTix id has none */
async function load<T>(loader: DataLoader<number, T | undefined>, id: string): Promise<T | null> {
  const secutixId = parseSecutixId(id);
  return secutixId === undefined ? null : unwrap(await loader.load(secutixId));
}

/** the ticket shop's link in the language rule's language (lang, Accept-Language, the institution's main language) */
async function shopLink(ctx: AvailabilityContext, path: string, id: string, lang: string | null | undefined): Promise<string> {
  const language = posLanguage(await ctx.posConfig(), lang, ctx.acceptLanguage);
  return `${ctx.shopUrl}/api/1/redirect/${path}?id=${encodeURIComponent(id)}&lang=${language}`;
}

/** A booking link shows only for what is on sale and not sold out (the seeds' "book" rule). */
function bookable(state: string | undefined, indicator: number | undefined): boolean {
  return state === 'ON_SALE' && indicator !== undefined && indicator !== 3;
}

export const resolvers: Resolvers = {
  Product: {
    __resolveReference: (ref) => ({ id: ref.id, state: ref.state }),
    async availability(p, _args, ctx) {
      const entry = await load(ctx.loaders.product, p.id);
      return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
    },
    async bookingUrl(p, { lang }, ctx) {
      checkLangArgument(lang);
      if (p.state !== 'ON_SALE') return null;
      const entry = await load(ctx.loaders.product, p.id);
      if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
      return shopLink(ctx, 'product', p.id, lang);
    },
  },
  Performance: {
    __resolveReference: (ref) => ({ id: ref.id, state: ref.state }),
    async availability(p, _args, ctx) {
      const entry = await load(ctx.loaders.performance, p.id);
      return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
    },
    async seatCategoryAvailability(p, _args, ctx) {
      const entry = await load(ctx.loaders.performance, p.id);
      return (entry?.record.seatCategoryAvailabilities ?? []).map((s) => ({
        seatCategoryId: String(s.seatCategoryId),
        availability: toAvailability(s.availabilityIndicator, entry!.fetchedAt),
      }));
    },
    async bookingUrl(p, { lang }, ctx) {
      checkLangArgument(lang);
      if (p.state !== 'ON_SALE') return null;
      const entry = await load(ctx.loaders.performance, p.id);
      if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
      return shopLink(ctx, 'product/performance', p.id, lang);
    },
  },
  Availability: {
    level: (a) => levelOf(a.indicator),
    code: (a) => a.indicator,
    asOf: (a) => a.asOf,
  },
};
