import { readBackendConfig, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface ShipmentConfig {
  port: number;
  backend: BackendConfig;
}

/** its settings; the port is read from `SHIPMENT_PORT` by the host (packages/subgraph-kit) */
export function readShipmentConfig(env: Env): Omit<ShipmentConfig, 'port'> {
  return { backend: readBackendConfig(env) };
}
