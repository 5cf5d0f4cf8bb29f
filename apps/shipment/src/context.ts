import type DataLoader from 'dataloader';
import type { ContactClient, FulfilmentClient, OrderClient, PosConfigData, ShipmentRecord } from '@stx/secutix-client';
import type { Identity } from '@stx/subgraph-kit';

export interface ShipmentContext {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** the order's state and payments, read before its delivery changes (the lock) */
  orders: OrderClient;
  /** saves a new address given with the delivery choice on the buyer's contact (ContactInformationPublicService) */
  contacts: ContactClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
  /** the request's Accept-Language, for the language rule */
  acceptLanguage?: string;
}
