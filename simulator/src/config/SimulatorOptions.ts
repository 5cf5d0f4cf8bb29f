import type { IdpKeyFiles } from '../idp/idpKeys';

/** 'realistic' and 'none' are profiles; a record sets milliseconds per `<Service>.<operation>` or `default`. */
export type LatencySetting = 'realistic' | 'none' | Record<string, number>;

export interface RateLimitOptions {
  enabled: boolean;
  /** calls allowed in any sliding 60 s window, all services together (SecuTix: 180 per institution) */
  perMinute: number;
  /** getCatalogDetailed is allowed once per this interval (SecuTix: 10 minutes) */
  catalogDetailedIntervalMs: number;
  /** HTTP status of a refused call: SecuTix answers 509 today and announced 429 */
  status: number;
}

export interface SimulatorOptions {
  /** 0 picks a free port (tests) */
  port: number;
  host: string;
  institution: string;
  operator: string;
  /** SOAP password and JWT HMAC key */
  secret: string;
  products: number;
  seed: number;
  latency: LatencySetting;
  rateLimits: RateLimitOptions;
  /** getCatalogDetailed answers `in_progress` when its latency exceeds this (SecuTix: about 30 s) */
  inProgressAfterMs: number;
  /** how long an open order holds its seats, renewed by each change to it (docs/secutix/protocol.md, Sales) */
  orderHoldSeconds: number;
  /** PEM files of the identity provider; each one left out is its demo key (demo-keys/README.md) */
  idpKeyFiles?: Partial<IdpKeyFiles>;
  now: () => number;
}

/** the demo institution's virtual operator and its secret, which a simulator takes unless told otherwise */
export const DEMO_CREDENTIALS = { institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret' } as const;

export function defaultSimulatorOptions(): SimulatorOptions {
  return {
    port: 4010,
    host: '127.0.0.1',
    ...DEMO_CREDENTIALS,
    products: 48,
    seed: 42,
    latency: 'realistic',
    rateLimits: { enabled: true, perMinute: 180, catalogDetailedIntervalMs: 600_000, status: 509 },
    inProgressAfterMs: 30_000,
    orderHoldSeconds: 900,
    now: Date.now,
  };
}

/** Defaults overlaid with what the caller gave; rate limits merge field by field. */
export function resolveSimulatorOptions(given: Partial<SimulatorOptions> = {}): SimulatorOptions {
  const defaults = defaultSimulatorOptions();
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<SimulatorOptions>;
  return { ...defaults, ...defined, rateLimits: { ...defaults.rateLimits, ...given.rateLimits } };
}
