import type { Env } from '@stx/env';
import type { Logger } from '@stx/observability';
import { describeBackend, runService } from '../runService';
import { createSecutixRuntime, type SecutixRuntime } from '@stx/secutix-runtime';
import type { Served } from '../serveApollo';
import type { SubgraphConfig, SubgraphDefinition, SubgraphParts } from './SubgraphDefinition';
import { readSubgraphPort } from './subgraphPorts';
import { startSubgraph } from './startSubgraph';

/** A subgraph's whole configuration: its own settings and its port (`<NAME>_PORT`, else its default). */
export function readSubgraphConfig<Config extends SubgraphConfig>(definition: SubgraphDefinition<Config, unknown, object>, env: Env): Config {
  return { ...definition.readConfig(env), port: readSubgraphPort(env, definition) } as Config;
}

/** What a subgraph logs at start: its SecuTix back end, and what it adds itself. */
export function describeSubgraph<Config extends SubgraphConfig>(definition: SubgraphDefinition<Config, unknown, object>, config: Config): Record<string, unknown> {
  return { ...describeBackend(config), ...definition.describe?.(config) };
}

/**
 * Starts one subgraph from its definition: on the SecuTix runtime it is given (several subgraphs
 * in one process share one budget and one cache), else on one of its own, which it then closes.
 * Every subgraph is served the same way: its schema file, the identity header checked, the
 * operation limits, errors mapped to registered codes.
 */
export async function hostSubgraph<Config extends SubgraphConfig, Context, Handles extends object>(
  definition: SubgraphDefinition<Config, Context, Handles>,
  config: Config,
  logger: Logger,
  runtime?: SecutixRuntime,
): Promise<Served & Handles> {
  const own = definition.ownBackend ? definition.ownBackend(config) : runtime ? undefined : config.backend;
  const rt = own ? createSecutixRuntime(own, logger) : runtime!;
  let parts: SubgraphParts<Context, Handles> | undefined;
  let served: Served;
  try {
    parts = await definition.createParts(config, rt, logger);
    served = await startSubgraph<Context & object>(serverOptions(definition, config, logger, parts));
  } catch (err) {
    // a subgraph that could not start leaves nothing open behind it (a test's process would hang on it)
    await parts?.close?.().catch(() => undefined);
    if (own) await rt.close().catch(() => undefined);
    throw err;
  }
  const started = parts;
  return {
    ...started.handles,
    ...served,
    async close() {
      await served.close();
      await started.close?.();
      if (own) await rt.close();
    },
  } as Served & Handles;
}

function serverOptions<Config extends SubgraphConfig, Context, Handles extends object>(definition: SubgraphDefinition<Config, Context, Handles>, config: Config, logger: Logger, parts: SubgraphParts<Context, Handles>) {
  return {
    name: definition.name,
    schemaPath: definition.schemaPath,
    resolvers: definition.resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.backend.identitySecret,
    limits: config.backend.limits,
    context: parts.context as (...args: Parameters<typeof parts.context>) => Promise<Context & object>,
    ready: parts.ready,
    routes: parts.routes,
  };
}

/** A subgraph's process entry point (`apps/<name>/src/main.ts`): configuration, tracing, drain on SIGTERM. */
export function runSubgraph<Config extends SubgraphConfig, Context, Handles extends object>(definition: SubgraphDefinition<Config, Context, Handles>): void {
  runService(
    `${definition.name} subgraph`,
    (env) => readSubgraphConfig(definition, env),
    (config, logger) => hostSubgraph(definition, config, logger),
    (config) => describeSubgraph(definition, config),
  );
}
