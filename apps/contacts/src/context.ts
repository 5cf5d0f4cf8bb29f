import type DataLoader from 'dataloader';
import type { ContactClient, ContactDataRecord } from '@stx/secutix-client';
import type { Identity, LoginGuard, Sessions } from '@stx/subgraph-kit';
import type { ContactsConfig } from './config';

/** Per request. The contact loader is per request too: contact data is never shared between callers. */
export interface ContactsContext {
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
}
