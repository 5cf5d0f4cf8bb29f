import { codedError } from '@stx/errors';
import { trustedReturnUrl } from '@stx/host';
import type { AccountLinksResolvers } from '../__generated__/resolvers';
import { accountLink, staticPage } from '../mappers/links';

export const AccountLinks: AccountLinksResolvers = {
  accountSpace: (m) => accountLink(m, 'account'),
  profileEdit: (m) => accountLink(m, 'accountEdit'),
  registration: (m, a, ctx) => {
    // SecuTix's shop sends the new contact there: only to one of the websites (no open redirect)
    const callbackUrl = trustedReturnUrl(ctx.config.returnOrigins, a.callbackUrl);
    if (callbackUrl === undefined) throw codedError('BAD_USER_INPUT', 'callbackUrl must be an http(s) URL on one of the websites this API serves (CORS_ORIGINS)', { argument: 'callbackUrl' });
    return accountLink(m, 'accountRegister', {
      callbackUrl,
      showAddress: String(a.showAddress ?? true),
      showCriteria: String(a.showCriteria ?? true),
      showAuthorization: String(a.showAuthorization ?? true),
    });
  },
  terms: (m) => staticPage(m.staticPages.terms, m.lang),
  privacy: (m) => staticPage(m.staticPages.privacy, m.lang),
  help: (m) => staticPage(m.staticPages.help, m.lang),
  contact: (m) => staticPage(m.staticPages.contact, m.lang),
};
