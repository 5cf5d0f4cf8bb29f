import type { Kysely } from 'kysely';
import type { Identity, LoginGuard } from '@stx/subgraph-kit';
import type { DistributionConfig } from './config';
import type { Tables } from './db/tables';
import type { JobEngine } from './jobs/jobEngine';
import type { ChannelInfo, ChannelProduct } from './rules/channelModel';
import type { ExternalSalesClient } from './secutix/ExternalSalesClient';

export interface DistributionContext {
  identity: Identity;
  db: Kysely<Tables>;
  sales: ExternalSalesClient;
  jobs: JobEngine;
  /** per request: the channel's offer read once however many fields need it */
  channelCatalog(code: string): Promise<{ channel: ChannelInfo; products: ChannelProduct[] }>;
  config: DistributionConfig;
  now: number;
  /** operatorLogin's throttle: the buyers' login rule, counters of its own */
  loginGuard: LoginGuard;
}
