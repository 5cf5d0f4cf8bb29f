import { readBackendConfig, readSubgraphPort, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface ShipmentConfig {
  port: number;
  backend: BackendConfig;
}

export function readShipmentConfig(env: Env): ShipmentConfig {
  return { port: readSubgraphPort(env, 'shipment'), backend: readBackendConfig(env) };
}
