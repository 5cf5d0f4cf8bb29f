import { logCorrelation } from '../context/requestContext';
import pino, { type DestinationStream } from 'pino';

/**
 * A structured logger on pino. Anything under a key that looks secret is masked before it is
 * written; every line written while a request is served carries its `requestId` and `traceId`.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'info' | 'warn' | 'error' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['info', 'warn', 'error', 'silent'];

const SECRET_KEY = /secret|password|token|authorization|cookie/i;

/** by key name at any depth: pino's own `redact` takes fixed paths, and a secret can sit anywhere in a config or an error */
export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  // most lines (every access-log line) have flat fields and no secret: written as they are, uncopied
  for (const key in fields) if (SECRET_KEY.test(key) || isNested(fields[key])) return redactedCopy(fields);
  return fields;
}

function redactedCopy(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (isNested(value)) out[key] = redact(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

const isNested = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** lines are held until this many bytes are waiting, or FLUSH_MS has passed */
const BUFFER_BYTES = 4096;
const FLUSH_MS = 500;

/**
 * stderr written asynchronously in blocks of about 4 KB, and at least every half second: under
 * load, one system call per dozens of access-log lines instead of one per line (each asynchronous
 * write is a hand-off to libuv's thread pool, which cost the gateway about a fifth of its CPU per
 * request in the benchmark); when idle, a line waits half a second at most. pino flushes it
 * synchronously when the process exits, so a crash's last lines are written.
 */
function bufferedStderr(): DestinationStream {
  const destination = pino.destination({ dest: 2, sync: false, minLength: BUFFER_BYTES });
  setInterval(() => {
    // flush() throws while the file descriptor is not open yet, or once the destination has ended
    try {
      destination.flush();
    } catch {
      /* the next tick writes it, or the process is exiting and pino flushes it */
    }
  }, FLUSH_MS).unref();
  return destination;
}

/**
 * One JSON line per entry on stderr: `time`, `level`, `name`, `message`, the request's ids, the
 * fields, written in blocks (see bufferedStderr) and flushed when the process exits. `write` takes
 * each line instead (tests).
 */
export function createLogger(name: string, options: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const write = options.write;
  const destination: DestinationStream = write ? { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) } : bufferedStderr();
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { name },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => redact(fields) },
      mixin: () => logCorrelation(),
    },
    destination,
  );
  return {
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
