import { addressErrors, parseSecutixId, requireContact } from '@stx/domain-rules';
import { issueToken } from '@stx/identity';
import { primaryLanguage } from '@stx/language';
import { refusalUserError, userError, type UserError } from '@stx/errors';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { ContactsContext } from '../context';
import { checkCount, checkEmail, checkId, checkText } from '../mappers/validate';
import { isWrongCredentials, sessionMutations } from './sessionMutations';

/** Runs a change of the caller's own contact, then answers with the contact as it now is. */
async function changeOwn(ctx: ContactsContext, errors: UserError[], change: (contactNumber: string) => Promise<unknown>) {
  const contactNumber = requireContact(ctx.identity);
  if (errors.length > 0) return { contact: null, userErrors: errors };
  try {
    await change(contactNumber);
  } catch (err) {
    return { contact: null, userErrors: [refusalUserError(err)] };
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
      ],
      (c) => ctx.contacts.updateContactData(c, {
        individualTitle: input.title ?? undefined,
        individualFirstname: input.firstName ?? undefined,
        individualLastname: input.lastName ?? undefined,
        language: primaryLanguage(input.language),
        phoneNumber1: input.phone ?? undefined,
      }),
    ),

  saveMyAddress: (_p, { id, input }, ctx) =>
    changeOwn(
      ctx,
      [
        ...checkId(id),
        ...addressErrors(input),
      ],
      (c) => ctx.contacts.createOrUpdateAddress(c, {
        addressId: parseSecutixId(id),
        isMain: input.isMain ?? undefined,
        firstAddressLine: input.line1,
        secondAddressLine: input.line2 ?? undefined,
        zipCode: input.zipCode,
        locality: input.city,
        countryCode: input.countryCode,
      }),
    ),

  deleteMyAddress: (_p, { id }, ctx) =>
    changeOwn(ctx, checkId(id), (c) => ctx.contacts.deleteAddress(c, parseSecutixId(id)!)),

  setMyOptIns: (_p, { optIns }, ctx) =>
    changeOwn(ctx, checkCount(optIns, 'optIns', 20), (c) => ctx.contacts.updateIndicators(c, optIns.map((o) => ({ code: o.code, value: o.value })))),

  setMyCriteria: (_p, { criteria }, ctx) =>
    changeOwn(ctx, checkCount(criteria, 'criteria', 50), (c) => ctx.contacts.updateCriteria(c, criteria.map((k) => ({ criterionCode: k.code, values: [...k.values] })))),

  // every session ends with the old password: a thief holding a token loses it too. The current
  // password is guessed as at login (a stolen token or cookie would otherwise try it without end):
  // the same throttle and the same count per account, so neither door is a way round the other
  async changeMyPassword(_p, { currentPassword, newPassword }, ctx) {
    const contactNumber = requireContact(ctx.identity);
    const account = (await ctx.contactLoader.load(contactNumber))?.individualContact?.email ?? `contact:${contactNumber}`;
    const decision = await ctx.loginGuard.check(ctx.identity.clientIp, account);
    if (!decision.allowed) return { contact: null, userErrors: [userError('TOO_MANY_ATTEMPTS', 'currentPassword', { seconds: decision.retryAfterSeconds })] };
    return changeOwn(ctx, [...checkText(currentPassword, 'currentPassword', 200, true), ...checkText(newPassword, 'newPassword', 200, true)], async (c) => {
      try {
        await ctx.contacts.changePassword(c, currentPassword, newPassword);
      } catch (err) {
        if (isWrongCredentials(err)) await ctx.loginGuard.failed(ctx.identity.clientIp, account);
        throw err;
      }
      await ctx.loginGuard.succeeded(ctx.identity.clientIp, account);
      await ctx.sessions.revokeContact(c, ctx.now);
    });
  },

  async createGuestContact(_p, { input }, ctx) {
    const errors = [
      ...checkEmail(input.email),
      ...checkText(input.firstName, 'firstName', 60, true),
      ...checkText(input.lastName, 'lastName', 60, true),
    ];
    if (errors.length > 0) return { contactNumber: null, guestToken: null, guestTokenExpiresAt: null, userErrors: errors };
    const decision = await ctx.guestGuard.check(ctx.identity.clientIp);
    if (!decision.allowed) return { contactNumber: null, guestToken: null, guestTokenExpiresAt: null, userErrors: [userError('TOO_MANY_ATTEMPTS.guestContact', null, { seconds: decision.retryAfterSeconds })] };
    try {
      const created = await ctx.contacts.createGuestContact({ email: input.email, firstName: input.firstName, lastName: input.lastName, language: primaryLanguage(input.language) });
      await ctx.guestGuard.attempted(ctx.identity.clientIp);
      await ctx.sessions.opening(ctx.now);
      const guest = issueToken(created.contactNumber, 'access', ctx.config.tokenSecret, ctx.now, { role: 'guest' });
      return { contactNumber: created.contactNumber, guestToken: guest.token, guestTokenExpiresAt: guest.expiresAt.toISOString(), userErrors: [] };
    } catch (err) {
      return { contactNumber: null, guestToken: null, guestTokenExpiresAt: null, userErrors: [refusalUserError(err)] };
    }
  },
};
