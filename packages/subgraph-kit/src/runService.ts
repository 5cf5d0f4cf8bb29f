import { createLogger, type Logger } from './logger';

export interface RunningService {
  url: string;
  close(): Promise<void>;
}

/**
 * A service's process entry point: read the typed configuration (a bad one stops the process
 * with its message and exit code 1, before anything listens), start, log where it listens, and
 * close cleanly on SIGINT/SIGTERM so in-flight requests finish and caches disconnect.
 */
export function runService<C>(
  name: string,
  readConfig: (env: NodeJS.ProcessEnv) => C,
  start: (config: C, logger: Logger) => Promise<RunningService>,
  describe: (config: C) => Record<string, unknown> = () => ({}),
): void {
  const logger = createLogger(name);
  const main = async () => {
    const config = readConfig(process.env);
    const served = await start(config, logger);
    logger.info(`${name} listening`, { url: served.url, ...describe(config) });
    const stop = () => void served.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
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
