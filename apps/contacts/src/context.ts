import type DataLoader from 'dataloader';
import type { ContactClient, ContactDataRecord, PosConfigData } from '@stx/secutix-client';
import type { Identity, RequestLanguage, Sessions } from '@stx/subgraph-kit';
import type { LoginGuard } from './login/LoginGuard';
import type { ContactsConfig } from './config';

/** Per request. The contact loader is per request too: contact data is never shared between callers. */
export interface ContactsContext extends RequestLanguage {
  identity: Identity;
  contacts: ContactClient;
  contactLoader: DataLoader<string, ContactDataRecord>;
  cookies: Map<string, string>;
  loginGuard: LoginGuard;
  sessions: Sessions;
  config: ContactsConfig;
  now: number;
  /** the point of sale's currency, for money fields */
  currencyCode(): Promise<string>;
  /** the point of sale's languages, for the language rule of account links */
  posConfig(): Promise<PosConfigData>;
}
