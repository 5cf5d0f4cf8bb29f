import { moneyFromThousandths, requireSelf } from '@stx/domain-rules';
import { canonicalLanguageTag } from '@stx/language';
import type { ContactResolvers } from '../__generated__/resolvers';

export const Contact: ContactResolvers = {
  /** an entity reference is answered only for the caller's own contact number */
  async __resolveReference(ref, ctx) {
    return ctx.contactLoader.load(requireSelf(ctx.identity, String(ref.contactNumber)));
  },
  contactNumber: (c) => c.contactNumber,
  id: (c) => c.contactNumber,
  email: (c) => c.individualContact?.email ?? null,
  title: (c) => c.individualContact?.individualTitle ?? null,
  firstName: (c) => c.individualContact?.individualFirstname ?? null,
  lastName: (c) => c.individualContact?.individualLastname ?? null,
  // SecuTix's stored value, answered as a LanguageCode: one that is no language tag is none, never a failed contact
  language: (c) => canonicalLanguageTag(c.individualContact?.language) ?? null,
  phone: (c) => c.individualContact?.phoneNumber1 ?? null,
  guest: (c) => c.guest === true,
  creditBalance: async (c, _a, ctx) => moneyFromThousandths(c.financialData?.creditBalance ?? 0, await ctx.currencyCode()),
  addresses: (c) => c.addresses ?? [],
  optIns: (c) => c.indicators ?? [],
  criteria: (c) => (c.contactCriteria ?? []).map((k) => ({ code: k.criterionCode, values: k.values ?? [] })),
};

