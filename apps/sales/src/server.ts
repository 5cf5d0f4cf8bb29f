import { join } from 'node:path';
import { AvailabilityClient, ContactClient, OrderClient } from '@stx/secutix-client';
import { createSecutixRuntime, loadPosConfig, recordAvailabilityChanges, startSubgraph, type Logger, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import type { SalesConfig } from './config';
import type { SalesContext } from './context';
import { Idempotency } from './idempotency/Idempotency';
import { orderDetailsLoader } from './loaders/orderDetailsLoader';
import { resolvers } from './resolvers';

/**
 * The sales subgraph: orders through ExternalOrderFacade/Service, payments through
 * ExternalPaymentService, history through ExternalOrderHistoryService. Order changes are never
 * cached, deduplicated across callers or retried; open orders are read per request, settled ones
 * kept briefly in the shared store (loaders/orderDetailsLoader.ts).
 */
export async function startSalesSubgraph(config: SalesConfig, logger: Logger, runtime?: SecutixRuntime): Promise<Served> {
  const rt = runtime ?? createSecutixRuntime(config.backend, logger);
  const posId = async () => (await loadPosConfig(rt)).posId;
  const orders = new OrderClient(rt.caller, posId);
  const availability = new AvailabilityClient(rt.caller, posId);
  const contacts = new ContactClient(rt.caller);
  // naive mode (CACHING=off) reads every order from SecuTix, like a plain wrapper would
  const settledOrders = config.backend.caching === 'on' ? rt.store : undefined;
  const idempotency = new Idempotency({ store: rt.coordination, ttlSeconds: config.idempotencyTtlSeconds, waitMs: 30_000 });
  const served = await startSubgraph<SalesContext>({
    name: 'sales',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    context: (_req, identity) => {
      const now = Date.now();
      return {
        identity,
        orders,
        availability,
        contacts,
        orderLoader: orderDetailsLoader(orders, settledOrders, config.orderCacheSeconds),
        idempotency,
        posConfig: () => loadPosConfig(rt),
        availabilityChanged: async (productIds) => {
          await recordAvailabilityChanges(rt.store, productIds.map((id) => [id, Date.now()] as const), 2 * 24 * 3600, Date.now());
        },
        config,
        now,
      };
    },
  });
  return {
    ...served,
    async close() {
      await served.close();
      if (!runtime) await rt.close();
    },
  };
}
