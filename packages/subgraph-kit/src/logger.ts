import { logCorrelation } from '@stx/observability';

/**
 * A small structured logger. Anything under a key that looks secret is masked before it is
 * written; every line written while a request is served carries its `requestId` and `traceId`.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRET_KEY = /secret|password|token|authorization|cookie/i;

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = redact(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export function createLogger(name: string, options: { level?: 'info' | 'warn' | 'error' | 'silent'; write?: (line: string) => void } = {}): Logger {
  const order = { info: 0, warn: 1, error: 2, silent: 3 };
  const min = order[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: 'info' | 'warn' | 'error') => (message: string, fields: Record<string, unknown> = {}) => {
    if (order[level] < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, name, message, ...logCorrelation(), ...redact(fields) }));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
