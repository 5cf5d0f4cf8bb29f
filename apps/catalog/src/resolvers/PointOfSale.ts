import type { PointOfSaleResolvers } from '../__generated__/resolvers';

export const PointOfSale: PointOfSaleResolvers = {
  id: (p) => String(p.posId),
  name: (p) => p.organizationName ?? null,
  mainLanguage: (p) => p.mainLanguage ?? 'en',
  languages: (p) => p.languageList ?? [],
  timeZone: (p) => p.organizationTimeZone ?? null,
  paymentMethods: (p) => p.paymentMethods ?? [],
};
