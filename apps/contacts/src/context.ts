import type DataLoader from 'dataloader';
import { ContactClient, type ContactDataRecord, type PosConfigData } from '@stx/secutix-client';
import { Sessions, type Identity } from '@stx/identity';
import { createLoginGuard, type FailureThrottle } from '@stx/throttle';
import { loadPosConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import type { Logger } from '@stx/observability';
import { requestCookies, type RequestLanguage, type SubgraphParts } from '@stx/host';
import type { ContactsConfig } from './config';
import { contactLoader } from './loaders/contactLoader';

/** Per request. The contact loader is per request too: contact data is never shared between callers. */
export interface ContactsContext extends RequestLanguage {
  identity: Identity;
  contacts: ContactClient;
  contactLoader: DataLoader<string, ContactDataRecord>;
  cookies: ReadonlyMap<string, string>;
  /** login throttling: failures per client address and per account (the subject: the e-mail) */
  loginGuard: FailureThrottle;
  /** guest contacts created per client address */
  guestGuard: FailureThrottle;
  sessions: Sessions;
  config: ContactsConfig;
  now: number;
  /** the point of sale's currency, for money fields */
  currencyCode(): Promise<string>;
  /** the point of sale's languages, for the language rule of account links */
  posConfig(): Promise<PosConfigData>;
}

/**
 * The contacts subgraph: the caller's own contact through ContactInformationPublicService, login
 * through ContactAuthenticationPublicService. Contact data is loaded per request and never put in
 * the shared cache, so no instance can hand one contact's data to another.
 */
export async function createContactsContext(config: ContactsConfig, rt: SecutixRuntime, logger: Logger): Promise<SubgraphParts<ContactsContext>> {
  const contacts = new ContactClient(rt.caller);
  // one guard (and its fallback) for the process, made here once: login throttling keeps counting while Redis is down
  const loginGuard = createLoginGuard(rt.coordination, config.loginAttempts, { logger });
  const guestGuard = createLoginGuard(rt.coordination, config.guestContacts, { scope: 'guest-contact', logger });
  const sessions = new Sessions(rt.coordination);
  return {
    context: (req, identity) => {
      const now = Date.now();
      return {
        identity,
        contacts,
        contactLoader: contactLoader(contacts),
        cookies: requestCookies(typeof req.headers.cookie === 'string' ? req.headers.cookie : undefined),
        loginGuard,
        guestGuard,
        sessions,
        config,
        now,
        currencyCode: async () => (await loadPosConfig(rt)).currencyCode ?? 'EUR',
        posConfig: () => loadPosConfig(rt),
      };
    },
  };
}
