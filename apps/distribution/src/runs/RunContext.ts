import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import type { PartnerPort } from '../partners/PartnerPort';
import type { ChannelInfo, ChannelProduct } from '../rules/channelModel';
import type { CorrespondenceIndex } from '../rules/correspondenceIndex';
import type { ExternalSalesClient } from '../secutix/ExternalSalesClient';
import type { Partner } from '../store/partners';

/** What one run works with; `log` writes one line per object (OK, or ERROR with the reason). */
export interface RunContext {
  db: Kysely<Tables>;
  runId: number;
  partner: Partner;
  port: PartnerPort;
  sales: ExternalSalesClient;
  channel: ChannelInfo;
  /** the channel's products offered to this partner */
  products: ChannelProduct[];
  index: CorrespondenceIndex;
  nowIso: string;
  /** how old a reintegration claim must be before another worker takes it over */
  claimStaleSeconds: number;
  log(objectType: string, objectId: string | number, error?: string): Promise<void>;
}
