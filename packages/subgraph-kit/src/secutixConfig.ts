import { secutixDefaults, type SecutixConfig } from '@stx/secutix-client';
import { readEnum, readInt, readOptional, readSecret, readString, readUrl, type Env } from './env';

/** What every SecuTix-backed subgraph reads from its environment; see README "Configuration". */
export interface BackendConfig {
  secutix: SecutixConfig;
  /** our share of SecuTix's 180 calls a minute per institution, for all instances together */
  callsPerMinute: number;
  redisUrl?: string;
  /** `off` switches caching, batching and our call budget off: the naive baseline of the benchmark */
  caching: 'on' | 'off';
  /** cache key namespace, so several institutions or test runs can share one Redis */
  cacheNamespace: string;
  /** shared by the gateway and every subgraph: signs and verifies the caller's identity */
  identitySecret: string;
  /** the address a subgraph listens on: loopback by default, `0.0.0.0` in a container */
  listenHost: string;
}

export function readBackendConfig(env: Env): BackendConfig {
  const institution = readString(env, 'SECUTIX_INSTITUTION', 'DEMO');
  return {
    secutix: {
      ...secutixDefaults,
      baseUrl: readUrl(env, 'SECUTIX_BASE_URL', 'http://127.0.0.1:4010'),
      institution,
      operator: readString(env, 'SECUTIX_OPERATOR', `${institution}_B2C`),
      secret: readString(env, 'SECUTIX_SECRET', 'demo-secret'),
      partner: readString(env, 'SECUTIX_PARTNER', secutixDefaults.partner),
      transport: readEnum(env, 'SECUTIX_TRANSPORT', ['soap', 'json'] as const, 'soap'),
      timeoutMs: readInt(env, 'SECUTIX_TIMEOUT_MS', secutixDefaults.timeoutMs, { min: 100 }),
      readAttempts: readInt(env, 'SECUTIX_READ_ATTEMPTS', secutixDefaults.readAttempts, { min: 1, max: 10 }),
      inProgressPollMs: readInt(env, 'SECUTIX_IN_PROGRESS_POLL_MS', secutixDefaults.inProgressPollMs, { min: 0 }),
    },
    callsPerMinute: readInt(env, 'SECUTIX_CALLS_PER_MINUTE', 150, { min: 1, max: 10_000 }),
    redisUrl: readOptional(env, 'REDIS_URL') && readUrl(env, 'REDIS_URL'),
    caching: readEnum(env, 'CACHING', ['on', 'off'] as const, 'on'),
    cacheNamespace: readString(env, 'CACHE_NAMESPACE', `stx:${institution}`),
    identitySecret: readSecret(env, 'IDENTITY_SECRET'),
    listenHost: readString(env, 'SUBGRAPH_HOST', '127.0.0.1'),
  };
}
