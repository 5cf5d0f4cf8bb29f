import { posMainLanguage } from '@stx/domain-rules';
import type { PointOfSaleResolvers } from '../__generated__/resolvers';

export const PointOfSale: PointOfSaleResolvers = {
  id: (p) => String(p.posId),
  name: (p) => p.organizationName ?? null,
  mainLanguage: (p) => posMainLanguage(p),
  languages: (p) => p.languageList ?? [],
  timeZone: (p) => p.organizationTimeZone ?? null,
  paymentMethods: (p) => p.paymentMethods ?? [],
};
