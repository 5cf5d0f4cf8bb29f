import { readBackendConfig, readInt, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface ShipmentConfig {
  port: number;
  backend: BackendConfig;
}

export function readShipmentConfig(env: Env): ShipmentConfig {
  return { port: readInt(env, 'SHIPMENT_PORT', 4005, { min: 0, max: 65535 }), backend: readBackendConfig(env) };
}
