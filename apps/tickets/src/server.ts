import { join } from 'node:path';
import DataLoader from 'dataloader';
import { FulfilmentClient, type TicketRecord } from '@stx/secutix-client';
import { createSecutixRuntime, loadPosConfig, startSubgraph, type Logger, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import type { TicketsConfig } from './config';
import type { TicketsContext } from './context';
import { DownloadLinks } from './downloads/downloadLinks';
import { downloadRoutes } from './downloads/downloadRoutes';
import { resolvers } from './resolvers';

/**
 * The tickets subgraph: tickets of the caller's orders (one SecuTix call per batch of orders),
 * the caller's upcoming tickets, and signed, expiring links to each ticket's PDF and barcode.
 */
export async function startTicketsSubgraph(config: TicketsConfig, logger: Logger, runtime?: SecutixRuntime): Promise<Served> {
  const rt = runtime ?? createSecutixRuntime(config.backend, logger);
  const fulfilment = new FulfilmentClient(rt.caller, async () => (await loadPosConfig(rt)).posId);
  const links = new DownloadLinks({ baseUrl: config.publicUrl, secret: config.backend.identitySecret, ttlSeconds: config.downloadLinkSeconds });
  const served = await startSubgraph<TicketsContext>({
    name: 'tickets',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    routes: downloadRoutes(links, fulfilment, logger),
    context: (_req, identity) => ({
      identity,
      fulfilment,
      ticketsOfOrder: new DataLoader<number, TicketRecord[]>(async (orderIds) => {
        const tickets = await fulfilment.getTicketsOfOrders(orderIds);
        return orderIds.map((id) => tickets.filter((t) => t.orderId === id));
      }),
      links,
      now: Date.now(),
    }),
  });
  return {
    ...served,
    async close() {
      await served.close();
      if (!runtime) await rt.close();
    },
  };
}
