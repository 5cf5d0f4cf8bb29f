import { createLogger, createSecutixRuntime } from '@stx/subgraph-kit';
import { readCatalogConfig } from '../../../apps/catalog/src/config';
import { startCatalogSubgraph } from '../../../apps/catalog/src/server';
import { readAvailabilityConfig } from '../../../apps/availability/src/config';
import { startAvailabilitySubgraph } from '../../../apps/availability/src/server';
import { readContactsConfig } from '../../../apps/contacts/src/config';
import { startContactsSubgraph } from '../../../apps/contacts/src/server';
import { readSalesConfig } from '../../../apps/sales/src/config';
import { startSalesSubgraph } from '../../../apps/sales/src/server';
import { readShipmentConfig } from '../../../apps/shipment/src/config';
import { startShipmentSubgraph } from '../../../apps/shipment/src/server';
import { readTicketsConfig } from '../../../apps/tickets/src/config';
import { startTicketsSubgraph } from '../../../apps/tickets/src/server';

/**
 * The six subgraphs in one process with one runtime, wired as `npm start` wires them but without
 * the gateway, so each gateway under test (ours or a peer) runs in a process of its own. Ports
 * come from the environment (`<NAME>_PORT`); the catalog is not preloaded, so a cold run pays it.
 */
async function main(): Promise<void> {
  const env = process.env;
  const logger = createLogger('bench-subgraphs');
  const catalogConfig = readCatalogConfig(env);
  const runtime = createSecutixRuntime(catalogConfig.backend, logger);
  const served = [
    await startCatalogSubgraph(catalogConfig, createLogger('catalog'), runtime),
    await startAvailabilitySubgraph(readAvailabilityConfig(env), createLogger('availability'), runtime),
    await startContactsSubgraph(readContactsConfig(env), createLogger('contacts'), runtime),
    await startSalesSubgraph(readSalesConfig(env), createLogger('sales'), runtime),
    await startShipmentSubgraph(readShipmentConfig(env), createLogger('shipment'), runtime),
    await startTicketsSubgraph(readTicketsConfig(env), createLogger('tickets'), runtime),
  ];
  const stop = async () => {
    for (const s of served.reverse()) await s.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
