import { existsSync } from 'node:fs';
import type { SimulatorOptions } from './SimulatorOptions';

type Env = Record<string, string | undefined>;

/**
 * Reads the SIM_* variables once, at start-up. A wrong value throws an Error naming the variable
 * so the process stops with a message the operator can act on; unset variables keep defaults.
 */
export function loadSimulatorOptionsFromEnv(env: Env): Partial<SimulatorOptions> {
  const options: Partial<SimulatorOptions> = {};
  const port = integer(env, 'SIM_PORT', 0, 65535);
  if (port !== undefined) options.port = port;
  const products = integer(env, 'SIM_PRODUCTS', 1, 200_000);
  if (products !== undefined) options.products = products;
  const seed = integer(env, 'SIM_SEED', 0, 2 ** 32 - 1);
  if (seed !== undefined) options.seed = seed;
  const orderHoldSeconds = integer(env, 'SIM_ORDER_HOLD_SECONDS', 1, 86_400);
  if (orderHoldSeconds !== undefined) options.orderHoldSeconds = orderHoldSeconds;
  const latency = oneOf(env, 'SIM_LATENCY', ['realistic', 'none'] as const);
  if (latency !== undefined) options.latency = latency;
  const limits = oneOf(env, 'SIM_RATE_LIMITS', ['on', 'off'] as const);
  if (limits !== undefined) options.rateLimits = { enabled: limits === 'on' } as SimulatorOptions['rateLimits'];
  // a container's simulator must listen beyond loopback (the compose file's demo profile)
  const host = text(env, 'SIM_HOST');
  if (host !== undefined) options.host = host;
  for (const [name, key] of [['SIM_INSTITUTION', 'institution'], ['SIM_OPERATOR', 'operator'], ['SIM_SECRET', 'secret']] as const) {
    const value = text(env, name);
    if (value !== undefined) options[key] = value;
  }
  for (const [name, key] of [['SIM_IDP_KEY', 'idpKey'], ['SIM_IDP_CERT', 'idpCert'], ['SIM_WEBSITE_PUBLIC_KEY', 'websitePublicKey']] as const) {
    const path = text(env, name);
    // the keys are read at the first sign-on; a wrong path should stop the start instead
    if (path !== undefined && !existsSync(path)) throw new Error(`${name} must be the path of a PEM file, got "${path}"`);
    if (path !== undefined) options.idpKeyFiles = { ...options.idpKeyFiles, [key]: path };
  }
  return options;
}

function integer(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[]): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!allowed.includes(raw as T)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function text(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new Error(`${name} must not be empty`);
  return raw;
}
