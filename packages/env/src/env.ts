/**
 * Typed readers for environment variables. Configuration is read once at start-up; a wrong value
 * stops the process with a message naming the variable.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export function readString(env: Env, name: string, fallback?: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    if (fallback === undefined) throw new ConfigError(name, 'is required');
    return fallback;
  }
  return value;
}

export function readOptional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function readInt(env: Env, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (range.min !== undefined && value < range.min) throw new ConfigError(name, `must be >= ${range.min}, got ${value}`);
  if (range.max !== undefined && value > range.max) throw new ConfigError(name, `must be <= ${range.max}, got ${value}`);
  return value;
}

export function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** the schemes of the services this product talks to; a mail server's setting names its own */
const URL_PROTOCOLS = ['http:', 'https:', 'redis:', 'rediss:'];

export function readUrl(env: Env, name: string, fallback?: string, protocols: readonly string[] = URL_PROTOCOLS): string {
  const value = readString(env, name, fallback);
  if (!URL.canParse(value) || !protocols.includes(new URL(value).protocol)) {
    throw new ConfigError(name, `must be a URL (${protocols.map((p) => `${p}//`).join(', ')}), got "${withoutCredentials(value)}"`);
  }
  return value;
}

/** `REDIS_URL`, when set: a Redis address (`redis://`, `rediss://`), never another kind of URL a typo may give */
export function readRedisUrl(env: Env): string | undefined {
  return readOptional(env, 'REDIS_URL') === undefined ? undefined : readUrl(env, 'REDIS_URL', undefined, ['redis:', 'rediss:']);
}

/** a URL as it may be logged: a password or token in its user part (`redis://:secret@host`, `smtp://user:secret@host`) masked */
function withoutCredentials(value: string): string {
  return value.replace(/^([^:/?#]*:\/\/)[^/?#]*@/, '$1***@');
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** A shared secret: required, and long enough that guessing it is hopeless. Never echoed. */
export function readSecret(env: Env, name: string): string {
  const value = readString(env, name);
  if (value.length < 32) throw new ConfigError(name, 'must be at least 32 characters');
  return value;
}
