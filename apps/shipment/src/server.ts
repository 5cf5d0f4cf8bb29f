import { join } from 'node:path';
import DataLoader from 'dataloader';
import { ContactClient, FulfilmentClient, OrderClient, type OrderDetailsRecord, type ShipmentRecord } from '@stx/secutix-client';
import { createSecutixRuntime, loadPosConfig, startSubgraph, type Logger, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import type { ShipmentConfig } from './config';
import type { ShipmentContext } from './context';
import { resolvers } from './resolvers';

/**
 * The shipment subgraph: delivery modes and choices for the caller's own orders
 * (ShipmentPublicService), and the address a delivery needs when given with the choice
 * (ContactInformationPublicService.createOrUpdateAddress).
 */
export async function startShipmentSubgraph(config: ShipmentConfig, logger: Logger, runtime?: SecutixRuntime): Promise<Served> {
  const rt = runtime ?? createSecutixRuntime(config.backend, logger);
  const posId = async () => (await loadPosConfig(rt)).posId;
  const fulfilment = new FulfilmentClient(rt.caller, posId);
  const orders = new OrderClient(rt.caller, posId);
  const contacts = new ContactClient(rt.caller);
  const served = await startSubgraph<ShipmentContext>({
    name: 'shipment',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    context: (req, identity) => ({
      identity,
      fulfilment,
      contacts,
      acceptLanguage: req.headers['accept-language'],
      orderDetails: new DataLoader<number, OrderDetailsRecord>((ids) => Promise.all(ids.map((id) => orders.getOrderDetails(id).catch((e: Error) => e)))),
      shipmentsOfOrder: new DataLoader<number, ShipmentRecord[]>((ids) => Promise.all(ids.map((id) => fulfilment.getShipmentsOfOrder(id).catch((e: Error) => e)))),
      posConfig: () => loadPosConfig(rt),
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
