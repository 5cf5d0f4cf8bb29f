import { readBackendConfig, type BackendConfig } from '@stx/secutix-runtime';
import type { Env } from '@stx/env';

export interface ShipmentConfig {
  port: number;
  backend: BackendConfig;
}

/** its settings; the port is read from `SHIPMENT_PORT` by the host (packages/host) */
export function readShipmentConfig(env: Env): Omit<ShipmentConfig, 'port'> {
  return { backend: readBackendConfig(env) };
}
