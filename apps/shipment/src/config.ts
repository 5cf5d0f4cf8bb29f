import { readBackendConfig, type BackendConfig } from '@stx/secutix-runtime';
import type { Env } from '@stx/env';
import { readOrderChangeLimits, type FailureLimits } from '@stx/throttle';

export interface ShipmentConfig {
  port: number;
  backend: BackendConfig;
  /** order changes one contact may make in the window, counted with the sales subgraph's (@stx/throttle's OrderChangeBound) */
  orderChanges: FailureLimits;
}

/** its settings; the port is read from `SHIPMENT_PORT` by the host (packages/host) */
export function readShipmentConfig(env: Env): Omit<ShipmentConfig, 'port'> {
  return { backend: readBackendConfig(env), orderChanges: readOrderChangeLimits(env) };
}
