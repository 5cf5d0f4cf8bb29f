import { createLogger, type Logger } from '@stx/observability';
import { createSecutixRuntime, readBackendConfig } from '@stx/secutix-runtime';
import { hostSubgraph, readSubgraphConfig, type Served } from '@stx/host';
import type { Env } from '@stx/env';
import { subgraphs } from '@stx/subgraphs';
import type { CatalogHandles } from '@stx/catalog';

/**
 * Every subgraph of the registry in this process on one SecuTix runtime (one call budget, one
 * cache), as `npm start` and the benchmark's subgraphs process run them; a subgraph that needs a
 * runtime of its own (distribution, over the JSON transport) makes it. Every configuration is read
 * and checked before anything listens; ports come from the environment (`<NAME>_PORT`).
 */
export async function startAllSubgraphs(env: Env, logger: Logger) {
  const configs = subgraphs.map((definition) => readSubgraphConfig(definition, env));
  const backend = readBackendConfig(env);
  // without Redis this in-memory coordination store is the only one: the gateway of this process must use it too
  const runtime = createSecutixRuntime(backend, logger);
  const started: Served[] = [];
  try {
    for (const [i, definition] of subgraphs.entries()) started.push(await hostSubgraph(definition, configs[i], createLogger(definition.name), runtime));
  } catch (err) {
    for (const s of started.reverse()) await s.close().catch(() => undefined);
    await runtime.close();
    throw err;
  }
  return {
    catalog: started[subgraphs.findIndex((s) => s.name === 'catalog')] as Served & CatalogHandles,
    backend,
    /** session revocations, idempotency claims and login counters of this process, for the gateway beside it */
    coordination: runtime.coordination,
    async close(): Promise<void> {
      for (const s of [...started].reverse()) await s.close();
      await runtime.close();
    },
  };
}
