import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import { insertPartner, listPartners } from './partners';

/**
 * The simulator's two partners (docs/secutix/protocol.md), added to an empty database when
 * DISTRIBUTION_DEMO_PARTNERS is on (`npm start` with the simulator), so the demo has one of each.
 */
export async function seedDemoPartners(db: Kysely<Tables>, simulatorUrl: string): Promise<void> {
  if ((await listPartners(db)).length > 0) return;
  const { host } = new URL(simulatorUrl);
  const common = { priceDifference: 'IGNORE_RESELLER_PRICE' as const, notificationEmails: ['ops@demo.example'], productIds: [] };
  await insertPartner(db, 'TICKETNET', 'Ticketnet (demo)', {
    ...common, address: host.replace('localhost', '127.0.0.1'), login: 'TKN-DEMO', password: 'ticketnet-demo-password', institutionCode: '505', serverName: 'TKNSIM', clientName: 'ELCA', salesChannelCode: 'TICKETNET',
  });
  await insertPartner(db, 'SECUTIX_INSTITUTION', 'Distributor institution (demo)', {
    ...common, url: simulatorUrl, institutionCode: 'DIST', operatorName: 'DIST_GRAPH', login: 'DIST_GRAPH@DIST', password: 'distributor-demo-password', salesChannelCode: 'DIST',
  });
}
