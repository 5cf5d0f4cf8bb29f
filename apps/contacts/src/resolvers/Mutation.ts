import { addressErrors, issueToken } from '@stx/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { ContactsContext } from '../context';
import { toUserErrors, type UserError } from '../mappers/userErrors';
import { checkCode, checkEmail, checkText } from '../mappers/validate';
import { requireContact } from './requireContact';
import { sessionMutations } from './sessionMutations';

const LANG = /^[a-z]{2}$/;

/** Runs a change of the caller's own contact, then answers with the contact as it now is. */
async function changeOwn(ctx: ContactsContext, errors: UserError[], change: (contactNumber: string) => Promise<unknown>) {
  const contactNumber = requireContact(ctx);
  if (errors.length > 0) return { contact: null, userErrors: errors };
  try {
    await change(contactNumber);
  } catch (err) {
    return { contact: null, userErrors: toUserErrors(err) };
  }
  ctx.contactLoader.clear(contactNumber);
  return { contact: await ctx.contactLoader.load(contactNumber), userErrors: [] };
}

export const Mutation: MutationResolvers = {
  ...sessionMutations,

  updateMyProfile: (_p, { input }, ctx) =>
    changeOwn(
      ctx,
      [
        ...checkText(input.firstName, 'firstName', 60),
        ...checkText(input.lastName, 'lastName', 60),
        ...checkText(input.title, 'title', 20),
        ...checkText(input.phone, 'phone', 30),
        ...checkCode(input.language, 'language', LANG, 'An ISO-639-1 code such as "fr".'),
      ],
      (c) => ctx.contacts.updateContactData(c, {
        individualTitle: input.title ?? undefined,
        individualFirstname: input.firstName ?? undefined,
        individualLastname: input.lastName ?? undefined,
        language: input.language ?? undefined,
        phoneNumber1: input.phone ?? undefined,
      }),
    ),

  saveMyAddress: (_p, { id, input }, ctx) =>
    changeOwn(
      ctx,
      [
        ...checkCode(id, 'id', /^\d{1,19}$/, 'Not an address id.'),
        ...addressErrors(input),
      ],
      (c) => ctx.contacts.createOrUpdateAddress(c, {
        addressId: id ? Number(id) : undefined,
        isMain: input.isMain ?? undefined,
        firstAddressLine: input.line1,
        secondAddressLine: input.line2 ?? undefined,
        zipCode: input.zipCode,
        locality: input.city,
        countryCode: input.countryCode,
      }),
    ),

  deleteMyAddress: (_p, { id }, ctx) =>
    changeOwn(ctx, checkCode(id, 'id', /^\d{1,19}$/, 'Not an address id.'), (c) => ctx.contacts.deleteAddress(c, Number(id))),

  setMyOptIns: (_p, { optIns }, ctx) =>
    changeOwn(ctx, optIns.length > 20 ? checkText('x'.repeat(21), 'optIns', 20) : [], (c) => ctx.contacts.updateIndicators(c, optIns.map((o) => ({ code: o.code, value: o.value })))),

  setMyCriteria: (_p, { criteria }, ctx) =>
    changeOwn(ctx, criteria.length > 50 ? checkText('x'.repeat(51), 'criteria', 50) : [], (c) => ctx.contacts.updateCriteria(c, criteria.map((k) => ({ criterionCode: k.code, values: [...k.values] })))),

  // every session ends with the old password: a thief holding a token loses it too
  changeMyPassword: (_p, { currentPassword, newPassword }, ctx) =>
    changeOwn(ctx, [...checkText(currentPassword, 'currentPassword', 200, true), ...checkText(newPassword, 'newPassword', 200, true)], async (c) => {
      await ctx.contacts.changePassword(c, currentPassword, newPassword);
      await ctx.sessions.revokeContact(c, ctx.now);
    }),

  async createGuestContact(_p, { input }, ctx) {
    const errors = [
      ...checkEmail(input.email),
      ...checkText(input.firstName, 'firstName', 60, true),
      ...checkText(input.lastName, 'lastName', 60, true),
      ...checkCode(input.language, 'language', LANG, 'An ISO-639-1 code such as "fr".'),
    ];
    if (errors.length > 0) return { contactNumber: null, guestToken: null, guestTokenExpiresAt: null, userErrors: errors };
    try {
      const created = await ctx.contacts.createGuestContact({ email: input.email, firstName: input.firstName, lastName: input.lastName, language: input.language ?? undefined });
      const guest = issueToken(created.contactNumber, 'access', ctx.config.tokenSecret, ctx.now, { role: 'guest' });
      return { contactNumber: created.contactNumber, guestToken: guest.token, guestTokenExpiresAt: guest.expiresAt.toISOString(), userErrors: [] };
    } catch (err) {
      return { contactNumber: null, guestToken: null, guestTokenExpiresAt: null, userErrors: toUserErrors(err) };
    }
  },
};
