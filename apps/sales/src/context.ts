import type DataLoader from 'dataloader';
import { AvailabilityClient, ContactClient, OrderClient, type OrderDetailsRecord, type PosConfigData } from '@stx/secutix-client';
import { FailureThrottle, OrderChangeBound } from '@stx/throttle';
import { loadPosConfig, recordAvailabilityChanges, type SecutixRuntime } from '@stx/secutix-runtime';
import type { Identity } from '@stx/identity';
import type { RequestLanguage, SubgraphParts } from '@stx/host';
import type { SalesConfig } from './config';
import { Idempotency } from './idempotency/Idempotency';
import { orderDetailsLoader } from './loaders/orderDetailsLoader';

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
  /** unknown voucher codes per client address (resolvers/voucherLookup.ts) */
  voucherGuard: FailureThrottle;
  /** order changes per contact (ORDER_CHANGES_PER_CONTACT), counted with the shipment subgraph's */
  orderChangeGuard: OrderChangeBound;
  posConfig(): Promise<PosConfigData>;
  /** tells the availability caches that the caller's own order moved seats of these products */
  availabilityChanged(productIds: number[]): Promise<void>;
  config: SalesConfig;
  now: number;
}

/**
 * The sales subgraph: orders through ExternalOrderFacade/Service, payments through
 * ExternalPaymentService, history through ExternalOrderHistoryService. Order changes are never
 * cached, deduplicated across callers or retried; open orders are read per request, settled ones
 * kept briefly in the shared store (loaders/orderDetailsLoader.ts).
 */
export async function createSalesContext(config: SalesConfig, rt: SecutixRuntime): Promise<SubgraphParts<SalesContext>> {
  const posId = async () => (await loadPosConfig(rt)).posId;
  const orders = new OrderClient(rt.caller, posId);
  const availability = new AvailabilityClient(rt.caller, posId);
  const contacts = new ContactClient(rt.caller);
  // naive mode (CACHING=off) reads every order from SecuTix, like a plain wrapper would
  const settledOrders = config.backend.caching === 'on' ? rt.store : undefined;
  const idempotency = new Idempotency({ store: rt.coordination, ttlSeconds: config.idempotencyTtlSeconds, waitMs: 30_000 });
  // counted in the coordination store alone, failing closed (no per-process fallback as for logins)
  const voucherGuard = new FailureThrottle({ name: 'voucher', counters: rt.coordination, limits: config.voucherAttempts });
  // each change run is an attempt
  const orderChangeGuard = new OrderChangeBound(rt.coordination, config.orderChanges);
  return {
    context: (_req, identity) => {
      const now = Date.now();
      return {
        identity,
        orders,
        availability,
        contacts,
        orderLoader: orderDetailsLoader(orders, settledOrders, config.orderCacheSeconds),
        idempotency,
        voucherGuard,
        orderChangeGuard,
        posConfig: () => loadPosConfig(rt),
        availabilityChanged: async (productIds) => {
          await recordAvailabilityChanges(rt.store, productIds.map((id) => [id, Date.now()] as const), Date.now());
        },
        config,
        now,
      };
    },
  };
}
