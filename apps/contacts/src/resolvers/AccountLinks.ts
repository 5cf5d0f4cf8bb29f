import { codedError } from '@stx/errors';
import type { AccountLinksResolvers } from '../__generated__/resolvers';
import { accountLink, staticPage } from '../mappers/links';

export const AccountLinks: AccountLinksResolvers = {
  accountSpace: (m) => accountLink(m, 'account'),
  profileEdit: (m) => accountLink(m, 'accountEdit'),
  registration: (m, a, ctx) => {
    if (!/^https?:\/\/[^\s]{1,500}$/.test(a.callbackUrl)) throw codedError('BAD_USER_INPUT', 'callbackUrl must be an http(s) URL', { argument: 'callbackUrl' });
    // SecuTix's shop sends the new contact there: only to one of the websites (no open redirect)
    if (!ctx.config.returnOrigins.allows(URL.canParse(a.callbackUrl) ? new URL(a.callbackUrl).origin : undefined)) {
      throw codedError('BAD_USER_INPUT', 'callbackUrl must be on one of the websites this API serves (CORS_ORIGINS)', { argument: 'callbackUrl' });
    }
    return accountLink(m, 'accountRegister', {
      callbackUrl: a.callbackUrl,
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
