import { ConfigError, readInt, readOptional, readUrl, type Env } from './env';

/** each subgraph's default port with `npm start`: the one place these numbers are written */
export const subgraphPorts = {
  catalog: 4001,
  availability: 4002,
  contacts: 4003,
  sales: 4004,
  shipment: 4005,
  tickets: 4006,
  distribution: 4007,
} as const;

export type SubgraphName = keyof typeof subgraphPorts;

/** a subgraph's `<NAME>_PORT`, defaulting to its port above */
export function readSubgraphPort(env: Env, name: SubgraphName): number {
  return readInt(env, `${name.toUpperCase()}_PORT`, subgraphPorts[name], { min: 0, max: 65535 });
}

/**
 * Where the gateway finds a subgraph: `<NAME>_URL`, else the loopback at `<NAME>_PORT`, so that
 * moving a subgraph's port moves the gateway with it. Port 0 (any free port) cannot be followed:
 * the URL must then be given.
 */
export function readSubgraphUrl(env: Env, name: SubgraphName): string {
  const variable = `${name.toUpperCase()}_URL`;
  if (readOptional(env, variable)) return readUrl(env, variable);
  const port = readSubgraphPort(env, name);
  if (port === 0) throw new ConfigError(variable, `must be set when ${name.toUpperCase()}_PORT is 0 (a free port chosen at start cannot be known here)`);
  return `http://127.0.0.1:${port}/graphql`;
}
