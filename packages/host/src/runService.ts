import type { Server } from 'node:http';
import { startTracing, createLogger, LOG_LEVELS, type Logger } from '@stx/observability';
import { drainAndClose, readShutdownConfig } from './gracefulShutdown';
import { readEnum } from '@stx/env';

export interface RunningService {
  url: string;
  /** the HTTP server, so that shutdown can stop accepting before it closes everything */
  server?: Server;
  close(): Promise<void>;
}

/**
 * A service's process entry point: read the typed configuration (a bad one stops the process
 * with its message and exit code 1, before anything listens), start tracing when OTEL_* asks for
 * it, start, log where it listens. SIGTERM (an orchestrator's stop) drains before closing, so no
 * request in flight fails; SIGINT (a developer's Ctrl-C) closes at once.
 */
export function runService<C>(
  name: string,
  readConfig: (env: NodeJS.ProcessEnv) => C,
  start: (config: C, logger: Logger) => Promise<RunningService>,
  describe: (config: C) => Record<string, unknown> = () => ({}),
): void {
  // LOG_LEVEL=warn drops the access log and other info lines (a bad value stops the process like any bad setting)
  let logger: Logger;
  try {
    logger = createLogger(name, { level: readEnum(process.env, 'LOG_LEVEL', LOG_LEVELS, 'info') });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  const main = async () => {
    const config = readConfig(process.env);
    const shutdown = readShutdownConfig(process.env);
    const tracing = startTracing({ serviceName: `secutix-graph-${name.replace(/ subgraph$/, '')}` });
    const served = await start(config, logger);
    logger.info(`${name} listening`, { url: served.url, tracing: tracing !== undefined, ...describe(config) });
    let stopping = false;
    const stop = (drain: boolean) => {
      if (stopping) return;
      stopping = true;
      const closed = drain ? drainAndClose(served, shutdown, logger) : served.close();
      void closed
        .then(() => tracing?.shutdown())
        .catch((err) => logger.error('shutdown failed', { message: (err as Error).message }))
        .finally(() => process.exit(0));
    };
    // this entry point owns the termination signals: a library that stops itself on them (Hive's
    // gateway runtime disposes its engine on SIGTERM) would abort the requests the drain lets finish
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
    process.on('SIGINT', () => stop(false));
    process.on('SIGTERM', () => stop(true));
  };
  main().catch((err) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}

/** what a subgraph logs about its SecuTix back end at start (never the secret) */
export const describeBackend = (config: { backend: { secutix: { baseUrl: string; transport: string } } }) => ({
  secutix: config.backend.secutix.baseUrl,
  transport: config.backend.secutix.transport,
});
