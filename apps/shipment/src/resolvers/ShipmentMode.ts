import { moneyFromThousandths, posLanguage, posMainLanguage } from '@stx/domain-rules';
import { translate } from '@stx/language';
import type { ShipmentModeResolvers } from '../__generated__/resolvers';
import type { ShipmentContext } from '../context';

async function language(ctx: ShipmentContext, lang: string | null | undefined) {
  const pos = await ctx.posConfig();
  return { chosen: posLanguage(pos, lang, ctx.acceptLanguage), main: posMainLanguage(pos) };
}

export const ShipmentMode: ShipmentModeResolvers = {
  id: (m) => String(m.id),
  async name(m, { lang }, ctx) {
    const { chosen, main } = await language(ctx, lang ?? m.listLang);
    return translate(m.externalName, chosen, main) ?? m.code;
  },
  async description(m, { lang }, ctx) {
    const { chosen, main } = await language(ctx, lang ?? m.listLang);
    return translate(m.externalDescription, chosen, main) ?? m.description ?? null;
  },
  deliveryTimeInDays: (m) => m.deliveryTimeInDays ?? null,
  addressRequired: (m) => m.contactAddressRequired === true,
  async price(m, _a, ctx) {
    return moneyFromThousandths(m.price, (await ctx.posConfig()).currencyCode);
  },
};
