import { createLogger, createSecutixRuntime, type Env, type Logger } from '@stx/subgraph-kit';
import { readAvailabilityConfig } from '../../apps/availability/src/config';
import { startAvailabilitySubgraph } from '../../apps/availability/src/server';
import { readCatalogConfig } from '../../apps/catalog/src/config';
import { startCatalogSubgraph } from '../../apps/catalog/src/server';
import { readContactsConfig } from '../../apps/contacts/src/config';
import { startContactsSubgraph } from '../../apps/contacts/src/server';
import { readSalesConfig } from '../../apps/sales/src/config';
import { startSalesSubgraph } from '../../apps/sales/src/server';
import { readShipmentConfig } from '../../apps/shipment/src/config';
import { startShipmentSubgraph } from '../../apps/shipment/src/server';
import { readTicketsConfig } from '../../apps/tickets/src/config';
import { startTicketsSubgraph } from '../../apps/tickets/src/server';
import { readDistributionConfig } from '../../apps/distribution/src/config';
import { startDistributionSubgraph } from '../../apps/distribution/src/server';

/**
 * The seven subgraphs in this process on one SecuTix runtime (one call budget, one cache), as
 * `npm start` and the benchmark's subgraphs process run them. Every configuration is read and
 * checked before anything listens; ports come from the environment (`<NAME>_PORT`).
 */
export async function startAllSubgraphs(env: Env, logger: Logger) {
  const catalogConfig = readCatalogConfig(env);
  const configs = {
    availability: readAvailabilityConfig(env),
    contacts: readContactsConfig(env),
    sales: readSalesConfig(env),
    shipment: readShipmentConfig(env),
    tickets: readTicketsConfig(env),
    distribution: readDistributionConfig(env),
  };
  const runtime = createSecutixRuntime(catalogConfig.backend, logger);
  // without Redis this in-memory coordination store is the only one: the gateway of this process must use it too
  const catalog = await startCatalogSubgraph(catalogConfig, createLogger('catalog'), runtime);
  const others = [
    await startAvailabilitySubgraph(configs.availability, createLogger('availability'), runtime),
    await startContactsSubgraph(configs.contacts, createLogger('contacts'), runtime),
    await startSalesSubgraph(configs.sales, createLogger('sales'), runtime),
    await startShipmentSubgraph(configs.shipment, createLogger('shipment'), runtime),
    await startTicketsSubgraph(configs.tickets, createLogger('tickets'), runtime),
    // its own runtime: it calls ExternalSalesService over the JSON transport
    await startDistributionSubgraph(configs.distribution, createLogger('distribution')),
  ];
  return {
    catalog,
    backend: catalogConfig.backend,
    /** session revocations, idempotency claims and login counters of this process, for the gateway beside it */
    coordination: runtime.coordination,
    async close(): Promise<void> {
      for (const s of others) await s.close();
      await catalog.close();
      await runtime.close();
    },
  };
}
