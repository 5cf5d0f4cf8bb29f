import type { IncomingMessage } from 'node:http';
import type { Env } from '@stx/env';
import type { Logger } from '@stx/observability';
import type { BackendConfig, SecutixRuntime } from '@stx/secutix-runtime';
import type { Identity } from '@stx/identity';
import type { ServeOptions } from '../serveApollo';
import type { SubgraphAddress } from './subgraphPorts';

/** What every subgraph's configuration holds; its reader adds the subgraph's own settings. */
export interface SubgraphConfig {
  port: number;
  backend: BackendConfig;
}

/**
 * What lives as long as a subgraph's server, made once at start by its `context.ts`: the
 * per-request context factory (loaders and caller-bound clients are made there, per request,
 * never shared between callers) and whatever else the server needs.
 */
export interface SubgraphParts<Context, Handles extends object = object> {
  context(req: IncomingMessage, identity: Identity): Promise<Context> | Context;
  /** plain HTTP routes beside /graphql (the tickets' signed downloads) */
  routes?: ServeOptions<object>['routes'];
  /** `/ready` answers 200 only when this says so (the catalog: once its snapshot is loaded) */
  ready?(): Promise<boolean> | boolean;
  /** runs once the server stopped taking requests, before the SecuTix runtime closes: timers, databases, job workers */
  close?(): Promise<void>;
  /** what tests and tools may reach on a started subgraph (the catalog's snapshot, distribution's run engine) */
  handles?: Handles;
}

/**
 * One subgraph as the registry (tools/subgraphs) lists it, exported by the app's own
 * `src/index.ts`. Compose, codegen, `npm start`, the test stack, the benchmark and the process
 * tools read these, so adding a subgraph is one folder and one line in the registry.
 */
export interface SubgraphDefinition<Config extends SubgraphConfig = SubgraphConfig, Context = unknown, Handles extends object = object, Name extends string = string> extends SubgraphAddress {
  /** the supergraph's name for it, its folder in apps/, and the prefix of `<NAME>_PORT` and `<NAME>_URL` */
  name: Name;
  /** its SDL, absolute path */
  schemaPath: string;
  resolvers: unknown;
  /** its settings from the environment; the port is read by the host from `<NAME>_PORT` */
  readConfig(env: Env): Omit<Config, 'port'>;
  /** builds the long-lived parts and the context factory (the app's `context.ts`) */
  createParts(config: Config, runtime: SecutixRuntime, logger: Logger): Promise<SubgraphParts<Context, Handles>>;
  /**
   * the SecuTix set-up of a runtime of its own, when it cannot share the one it is given
   * (distribution calls ExternalSalesService over the JSON transport)
   */
  ownBackend?(config: Config): BackendConfig;
  /**
   * it keeps its own state in PostgreSQL at `DATABASE_URL` (distribution; without one an in-process
   * PGlite): test stacks give such a subgraph a fresh database, and no other subgraph one
   */
  database?: 'postgresql';
  /** what it logs at start beside its URL (never a secret) */
  describe?(config: Config): Record<string, unknown>;
  /** graphql-codegen's context type and mappers, paths relative to `src/__generated__/` */
  codegen: { context: string; mappers: Record<string, string> };
}

/** Any definition, whatever its config and context: what the registry holds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of subgraphs of different configs
export type AnySubgraphDefinition = SubgraphDefinition<any, any, any, string>;

/** Types a definition from its parts, so an app's `index.ts` is a plain object. */
export function defineSubgraph<Config extends SubgraphConfig, Context, Handles extends object = object, const Name extends string = string>(
  definition: SubgraphDefinition<Config, Context, Handles, Name>,
): SubgraphDefinition<Config, Context, Handles, Name> {
  return definition;
}
