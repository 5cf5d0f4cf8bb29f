import { Logger as HiveLogger } from '@graphql-hive/logger';
import type { Logger } from '@stx/observability';

/** the engine's warnings and errors through our logger, so they get its redaction and format */
export function hiveLogger(logger: Logger): HiveLogger {
  return new HiveLogger({
    level: 'warn',
    writers: [
      {
        write(level, attrs, msg) {
          const fields = attrs && typeof attrs === 'object' && !Array.isArray(attrs) ? (attrs as Record<string, unknown>) : {};
          (level === 'error' ? logger.error : logger.warn)(msg ?? 'gateway engine', fields);
        },
      },
    ],
  });
}
