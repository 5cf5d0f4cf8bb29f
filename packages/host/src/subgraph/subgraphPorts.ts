import { ConfigError, readInt, readOptional, readUrl, type Env } from '@stx/env';

/**
 * A subgraph's name and where it listens by default. The port is written once, in the subgraph's
 * own definition (`apps/<name>/src/index.ts`); the composed supergraph carries it to the gateway.
 */
export interface SubgraphAddress {
  name: string;
  defaultPort: number;
}

/** `<NAME>_PORT`, `<NAME>_URL`: the variables that move a subgraph */
export const portVariable = (name: string) => `${name.toUpperCase()}_PORT`;
export const urlVariable = (name: string) => `${name.toUpperCase()}_URL`;

/** a subgraph's `<NAME>_PORT`, defaulting to its own port */
export function readSubgraphPort(env: Env, subgraph: SubgraphAddress): number {
  return readInt(env, portVariable(subgraph.name), subgraph.defaultPort, { min: 0, max: 65535 });
}

/** the loopback URL a subgraph answers on at a port */
export const loopbackUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Where the gateway finds a subgraph: `<NAME>_URL`, else the loopback at `<NAME>_PORT`, so that
 * moving a subgraph's port moves the gateway with it. Port 0 (any free port) cannot be followed:
 * the URL must then be given.
 */
export function readSubgraphUrl(env: Env, subgraph: SubgraphAddress): string {
  const variable = urlVariable(subgraph.name);
  if (readOptional(env, variable)) return readUrl(env, variable);
  const port = readSubgraphPort(env, subgraph);
  if (port === 0) throw new ConfigError(variable, `must be set when ${portVariable(subgraph.name)} is 0 (a free port chosen at start cannot be known here)`);
  return loopbackUrl(port);
}
