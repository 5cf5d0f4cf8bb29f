import { createCoordinationStore, type CoordinationStore } from '@stx/cache';
import { createSecutixRuntime, type BackendConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import { hostSubgraph, readSubgraphConfig, type Served } from '@stx/host';
import { silentLogger } from '@stx/observability';
import type { RegisteredSubgraph, SubgraphName } from '@stx/subgraphs';

export interface HostedSubgraphs {
  /** each subgraph's server; closing one twice closes it once */
  served: Partial<Record<SubgraphName, Served>>;
  /** the in-memory coordination store they share when there is no Redis (a gateway beside them shares it too) */
  coordination?: CoordinationStore;
  /** every server still open, then the runtimes and the coordination store */
  close(): Promise<void>;
}

/**
 * Subgraphs of the registry on one environment, each hosted as its own process hosts it
 * (`hostSubgraph`): the whole stack's seven and a subgraph tested alone are started by this one
 * function. With Redis each makes its own SecuTix runtime, as separate deployments would; without,
 * each gets one over a shared in-memory coordination store (sessions, idempotency, login counters),
 * as in `npm start`.
 */
export async function hostSubgraphs(definitions: readonly RegisteredSubgraph[], env: Record<string, string>): Promise<HostedSubgraphs> {
  const coordination = env.REDIS_URL ? undefined : createCoordinationStore({ namespace: env.CACHE_NAMESPACE });
  const runtimes: SecutixRuntime[] = [];
  const runtimeFor = (backend: BackendConfig) => {
    if (!coordination) return undefined;
    const runtime = createSecutixRuntime(backend, silentLogger, { coordination });
    runtimes.push(runtime);
    return runtime;
  };
  const served: HostedSubgraphs['served'] = {};
  const close = async () => {
    for (const s of Object.values(served).reverse()) await s.close();
    for (const runtime of runtimes) await runtime.close();
    await coordination?.close();
  };
  try {
    for (const definition of definitions) {
      const config = readSubgraphConfig(definition, env);
      // a subgraph with a runtime of its own (distribution) is given none
      served[definition.name] = closedOnce(await hostSubgraph(definition, config, silentLogger, definition.ownBackend ? undefined : runtimeFor(config.backend)));
    }
  } catch (err) {
    await close().catch(() => undefined); // what started is not left running behind a failed start
    throw err;
  }
  return { served, coordination, close };
}

/** a test may stop one subgraph before the rest closes: the second close is a no-op */
function closedOnce(server: Served): Served {
  let closing: Promise<void> | undefined;
  return { ...server, close: () => (closing ??= server.close()) };
}
