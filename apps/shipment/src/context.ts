import type DataLoader from 'dataloader';
import type { ContactClient, FulfilmentClient, OrderDetailsRecord, PosConfigData, ShipmentRecord } from '@stx/secutix-client';
import type { Identity, RequestLanguage } from '@stx/subgraph-kit';

export interface ShipmentContext extends RequestLanguage {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /**
   * per request: the order's state and payments, read for a guest's open-order rule and before
   * its delivery changes (the lock); once for both, and for every field of one request
   */
  orderDetails: DataLoader<number, OrderDetailsRecord>;
  /** saves a new address given with the delivery choice on the buyer's contact (ContactInformationPublicService) */
  contacts: ContactClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
}
