import type DataLoader from 'dataloader';
import type { FulfilmentClient, PosConfigData, ShipmentRecord } from '@stx/secutix-client';
import type { Identity } from '@stx/subgraph-kit';

export interface ShipmentContext {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
}
