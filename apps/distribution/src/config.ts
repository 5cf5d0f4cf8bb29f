import { hostname } from 'node:os';
import { ConfigError, readBool, readInt, readOptional, readSecret, readString, readUrl, type Env } from '@stx/env';
import { readBackendConfig, type BackendConfig } from '@stx/secutix-runtime';
import { readLoginLimits, type FailureLimits } from '@stx/throttle';
import type { JobSettings } from './jobs/jobEngine';

export interface DistributionConfig {
  port: number;
  backend: BackendConfig;
  /** signs operator access tokens; shared with the gateway, which verifies them */
  tokenSecret: string;
  /** PostgreSQL server; without it an in-process PGlite (in DISTRIBUTION_DATA_DIR, or in memory) */
  databaseUrl?: string;
  dataDir?: string;
  jobs: JobSettings;
  instance: string;
  partnerTimeoutMs: number;
  runStaleSeconds: number;
  claimStaleSeconds: number;
  smtpUrl?: string;
  mailFrom: string;
  /** seeds the simulator's two demo partners into an empty database */
  demoPartners: boolean;
  /** operatorLogin is throttled by the buyers' login rule and its LOGIN_ATTEMPTS_* limits */
  loginAttempts: FailureLimits;
}

const CRON = /^(\S+\s+){4}\S+$/;

function readCron(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  if (!CRON.test(value.trim())) throw new ConfigError(name, `must be a cron expression of five fields, got "${value}"`);
  return value.trim();
}

/** its settings; the port is read from `DISTRIBUTION_PORT` by the host (packages/host) */
export function readDistributionConfig(env: Env): Omit<DistributionConfig, 'port'> {
  const backend = readBackendConfig(env);
  const databaseUrl = readOptional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL', 'must be a postgres:// URL');
  const smtpUrl = readOptional(env, 'DISTRIBUTION_SMTP_URL');
  if (smtpUrl) readUrl(env, 'DISTRIBUTION_SMTP_URL', undefined, ['smtp:', 'smtps:']);
  return {
    backend,
    tokenSecret: readSecret(env, 'AUTH_TOKEN_SECRET'),
    databaseUrl,
    dataDir: readOptional(env, 'DISTRIBUTION_DATA_DIR'),
    jobs: {
      worker: readBool(env, 'DISTRIBUTION_WORKER', true),
      reintegrationCron: readCron(env, 'DISTRIBUTION_REINTEGRATION_CRON', '0 */4 * * *'),
      contingentSyncCron: readCron(env, 'DISTRIBUTION_CONTINGENT_SYNC_CRON', '30 3 * * *'),
      retryLimit: readInt(env, 'DISTRIBUTION_RETRY_LIMIT', 5, { min: 0, max: 100 }),
      retryDelaySeconds: readInt(env, 'DISTRIBUTION_RETRY_DELAY_SECONDS', 60, { min: 1, max: 86400 }),
      pollingSeconds: readInt(env, 'DISTRIBUTION_POLLING_SECONDS', 2, { min: 1, max: 600 }),
    },
    instance: readString(env, 'DISTRIBUTION_INSTANCE', `${hostname()}:${process.pid}`),
    partnerTimeoutMs: readInt(env, 'DISTRIBUTION_PARTNER_TIMEOUT_MS', 20_000, { min: 100 }),
    runStaleSeconds: readInt(env, 'DISTRIBUTION_RUN_STALE_SECONDS', 900, { min: 5 }),
    claimStaleSeconds: readInt(env, 'DISTRIBUTION_CLAIM_STALE_SECONDS', 600, { min: 5 }),
    smtpUrl,
    mailFrom: readString(env, 'DISTRIBUTION_MAIL_FROM', 'secutix-graph@localhost'),
    demoPartners: readBool(env, 'DISTRIBUTION_DEMO_PARTNERS', false),
    loginAttempts: readLoginLimits(env),
  };
}
