import type DataLoader from 'dataloader';
import type { FulfilmentClient, OrderClient, PosConfigData, ShipmentRecord } from '@stx/secutix-client';
import type { Identity, RequestLanguage } from '@stx/subgraph-kit';

export interface ShipmentContext extends RequestLanguage {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** the order's state and payments, read before its delivery changes (the lock) */
  orders: OrderClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
}
