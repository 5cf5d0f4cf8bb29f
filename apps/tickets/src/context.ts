import type DataLoader from 'dataloader';
import { FulfilmentClient, type TicketRecord } from '@stx/secutix-client';
import { loadPosConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import type { Identity } from '@stx/identity';
import type { Logger } from '@stx/observability';
import type { SubgraphParts } from '@stx/host';
import type { TicketsConfig } from './config';
import { DownloadLinks } from './downloads/downloadLinks';
import { downloadRoutes } from './downloads/downloadRoutes';
import { ticketsOfOrder } from './loaders/ticketsOfOrder';

export interface TicketsContext {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** per request: the tickets of every order asked in this request, in one SecuTix call */
  ticketsOfOrder: DataLoader<number, TicketRecord[]>;
  links: DownloadLinks;
  now: number;
}

/**
 * The tickets subgraph: tickets of the caller's orders (one SecuTix call per batch of orders),
 * the caller's upcoming tickets, and signed, expiring links to each ticket's PDF and barcode.
 */
export async function createTicketsContext(config: TicketsConfig, rt: SecutixRuntime, logger: Logger): Promise<SubgraphParts<TicketsContext>> {
  const fulfilment = new FulfilmentClient(rt.caller, async () => (await loadPosConfig(rt)).posId);
  const links = new DownloadLinks({ baseUrl: config.publicUrl, secret: config.backend.identitySecret, ttlSeconds: config.downloadLinkSeconds });
  return {
    routes: downloadRoutes(links, fulfilment, logger),
    context: (_req, identity) => ({
      identity,
      fulfilment,
      ticketsOfOrder: ticketsOfOrder(fulfilment),
      links,
      now: Date.now(),
    }),
  };
}
