import { readCorsOrigins, type CorsOrigins } from '@stx/host';
import { readBackendConfig, readTicketShopUrl, type BackendConfig } from '@stx/secutix-runtime';
import { readAttemptLimits, readLoginLimits, type FailureLimits } from '@stx/throttle';
import { readInt, readOptional, readSecret, readString, readUrl, type Env } from '@stx/env';

export interface ContactsConfig {
  port: number;
  backend: BackendConfig;
  /** signs access and refresh tokens; shared with the gateway, which verifies them */
  tokenSecret: string;
  /** verifies the gateway's identity header; shared with the gateway and every subgraph */
  identitySecret: string;
  shopUrl: string;
  /** the websites SecuTix may send a buyer back to (the callbackUrl of accountLinks.registration): CORS_ORIGINS, the gateway's list */
  returnOrigins: CorsOrigins;
  salesChannelCode: string;
  staticPages: { terms?: string; privacy?: string; help?: string; contact?: string };
  /** login throttling: the subject is the account (LOGIN_ATTEMPTS_PER_ACCOUNT) */
  loginAttempts: FailureLimits;
  /** guest contacts one client address may create (GUEST_CONTACTS_PER_CLIENT per GUEST_CONTACTS_WINDOW_SECONDS) */
  guestContacts: FailureLimits;
  /** how long a just-used refresh token still rotates instead of ending its session (REFRESH_REUSE_GRACE_SECONDS; 0: never) */
  refreshReuseGraceMs: number;
}

/** its settings; the port is read from `CONTACTS_PORT` by the host (packages/host) */
export function readContactsConfig(env: Env): Omit<ContactsConfig, 'port'> {
  const backend = readBackendConfig(env);
  const page = (name: string) => {
    const value = readOptional(env, name);
    return value === undefined ? undefined : readUrl({ [name]: value.replace('{LANGUAGE}', 'xx') }, name) && value;
  };
  return {
    backend,
    tokenSecret: readSecret(env, 'AUTH_TOKEN_SECRET'),
    identitySecret: backend.identitySecret,
    shopUrl: readTicketShopUrl(env, backend.secutix.institution),
    returnOrigins: readCorsOrigins(env),
    salesChannelCode: readString(env, 'SALES_CHANNEL_CODE', 'INTERNET'),
    staticPages: { terms: page('STATIC_PAGE_TERMS'), privacy: page('STATIC_PAGE_PRIVACY'), help: page('STATIC_PAGE_HELP'), contact: page('STATIC_PAGE_CONTACT') },
    loginAttempts: readLoginLimits(env),
    // createGuestContact needs no account, and each one is a SecuTix contact record and a call from
    // the institution's shared budget: one address may create a few an hour (a family's checkouts)
    guestContacts: readAttemptLimits(env, { per: 'GUEST_CONTACTS_PER_CLIENT', window: 'GUEST_CONTACTS_WINDOW_SECONDS' }, { per: 10, windowSeconds: 3600 }),
    refreshReuseGraceMs: readInt(env, 'REFRESH_REUSE_GRACE_SECONDS', 0, { min: 0, max: 60 }) * 1000,
  };
}
