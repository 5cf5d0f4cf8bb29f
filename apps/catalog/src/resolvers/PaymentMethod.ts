import type { PaymentMethodResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';

export const PaymentMethod: PaymentMethodResolvers = {
  id: (m) => String(m.id),
  type: (m) => m.paymentType ?? null,
  name: (m, { lang }, ctx) => named(m.externalName, lang, ctx, m.code),
};
