import type DataLoader from 'dataloader';
import { FulfilmentClient, OrderClient, type PosConfigData, type ShipmentRecord } from '@stx/secutix-client';
import { loadPosConfig, type Identity, type RequestLanguage, type SecutixRuntime, type SubgraphParts } from '@stx/subgraph-kit';
import type { ShipmentConfig } from './config';
import { shipmentsOfOrder } from './loaders/shipmentsOfOrder';

export interface ShipmentContext extends RequestLanguage {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** the order's state and payments, read before its delivery changes (the lock) */
  orders: OrderClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
}

/** The shipment subgraph: delivery modes and choices for the caller's own orders (ShipmentPublicService). */
export async function createShipmentContext(_config: ShipmentConfig, rt: SecutixRuntime): Promise<SubgraphParts<ShipmentContext>> {
  const posId = async () => (await loadPosConfig(rt)).posId;
  const fulfilment = new FulfilmentClient(rt.caller, posId);
  const orders = new OrderClient(rt.caller, posId);
  return {
    context: (req, identity) => ({
      identity,
      fulfilment,
      orders,
      acceptLanguage: req.headers['accept-language'],
      shipmentsOfOrder: shipmentsOfOrder(fulfilment),
      posConfig: () => loadPosConfig(rt),
    }),
  };
}
