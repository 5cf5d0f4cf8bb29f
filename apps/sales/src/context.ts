import type DataLoader from 'dataloader';
import type { AvailabilityClient, ContactClient, OrderClient, OrderDetailsRecord, PosConfigData } from '@stx/secutix-client';
import type { Identity, RequestLanguage } from '@stx/subgraph-kit';
import type { Idempotency } from './idempotency/Idempotency';
import type { SalesConfig } from './config';

export interface SalesContext extends RequestLanguage {
  identity: Identity;
  orders: OrderClient;
  /** asked only after SecuTix refused an order, to tell which item it refused (loaders/itemFacts.ts) */
  availability: AvailabilityClient;
  /** the caller's credit balance (SecuTix's financial data), read before a CREDIT_BALANCE payment */
  contacts: ContactClient;
  /** per request: an order read twice in one request is asked once; never shared between callers */
  orderLoader: DataLoader<number, OrderDetailsRecord>;
  idempotency: Idempotency;
  posConfig(): Promise<PosConfigData>;
  /** tells the availability caches that the caller's own order moved seats of these products */
  availabilityChanged(productIds: number[]): Promise<void>;
  config: SalesConfig;
  now: number;
}
