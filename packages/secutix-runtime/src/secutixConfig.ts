import { JSON_AUTH_MODES, SECUTIX_IN_PROGRESS_AFTER_MS, secutixDefaults, type JsonTransportConfig } from '@stx/secutix-client';
import { ConfigError, readEnum, readInt, readOptional, readRedisUrl, readSecret, readString, readUrl, type Env } from '@stx/env';
import { readOperationLimits, type OperationLimits } from '@stx/operation-limits';

/** What every SecuTix-backed subgraph reads from its environment; see README "Configuration". */
export interface BackendConfig {
  /** SecutixConfig plus how the JSON transport authenticates (SECUTIX_JSON_AUTH) */
  secutix: JsonTransportConfig;
  /** our share of SecuTix's 180 calls a minute per institution, for all instances together */
  callsPerMinute: number;
  /** part of `callsPerMinute` that reads can never use, so a buyer's order always finds room */
  writeCallsPerMinute: number;
  /** what one caller's requests may use of `callsPerMinute` (a contact, guest, operator, else a client network) */
  callsPerCallerPerMinute: number;
  /** parts of the read budget for groups of operations SecuTix limits more tightly (availability) */
  operationShares: OperationShare[];
  /** processes sharing the budget (`INSTANCES`); unset: counted in Redis with a heartbeat */
  instances?: number;
  redisUrl?: string;
  /** `off` switches caching, batching and our call budget off: the naive baseline of the benchmark */
  caching: 'on' | 'off';
  /** cache key namespace, so several institutions or test runs can share one Redis */
  cacheNamespace: string;
  /** shared by the gateway and every subgraph: signs and verifies the caller's identity */
  identitySecret: string;
  /** the address a subgraph listens on: loopback by default, `0.0.0.0` in a container */
  listenHost: string;
  limits: OperationLimits;
}

/** A share of our read budget for some operations: their calls draw from it first, then from the reads' budget. */
export interface OperationShare {
  /** the budget's name in the shared store and in the metrics (`stx_secutix_budget_*{budget}`) */
  name: string;
  /** `Service.operation` */
  operations: readonly string[];
  /** all instances together; a share above the reads' budget is held to that */
  callsPerMinute: number;
}

/**
 * A subgraph's limits sit behind the gateway's and leave room for what the query planner adds to
 * its fetches: key fields and `__typename`, fragments expanded inline, `_entities` over a batch.
 */
export function readSubgraphLimits(env: Env): OperationLimits {
  return { ...readOperationLimits(env, 'SUBGRAPH', { maxDepth: 15, maxAliases: 100, maxFields: 2000, maxCost: 50_000, maxTokens: 12_000 }), maxBodyBytes: readSubgraphBodyBytes(env) };
}

/**
 * `SUBGRAPH_MAX_BODY_BYTES`: the largest request a subgraph reads. The gateway reads it too and
 * splits its `_entities` batches so that none of its requests exceeds it.
 */
export function readSubgraphBodyBytes(env: Env): number {
  return readInt(env, 'SUBGRAPH_MAX_BODY_BYTES', 100_000, { min: 2000 });
}

/**
 * The variables that point the product at one SecuTix, a simulator included: its address and the
 * credentials it takes, which have no default as soon as the address is given (readBackendConfig).
 */
export function backendEnv(backend: { url: string; institution: string; operator: string; secret: string }): Record<string, string> {
  return { SECUTIX_BASE_URL: backend.url, SECUTIX_INSTITUTION: backend.institution, SECUTIX_OPERATOR: backend.operator, SECUTIX_SECRET: backend.secret };
}

export function readBackendConfig(env: Env): BackendConfig {
  // the demo institution and its secret are the simulator's at its default address: given an
  // address of their own, an operator gives its institution and secret too, and the demo secret
  // never leaves for a SecuTix nobody meant it for
  const ownBackend = readOptional(env, 'SECUTIX_BASE_URL') !== undefined;
  // the image (and any production) runs with NODE_ENV=production: there the simulator's address is no default
  if (!ownBackend && env.NODE_ENV === 'production') throw new ConfigError('SECUTIX_BASE_URL', 'is required in production (NODE_ENV=production): its default, http://127.0.0.1:4010, is the demo simulator of `npm start`');
  const baseUrl = readUrl(env, 'SECUTIX_BASE_URL', 'http://127.0.0.1:4010', ['http:', 'https:']);
  const demo = (name: string, value: string) => {
    if (ownBackend && readOptional(env, name) === undefined) throw new ConfigError(name, `is required with SECUTIX_BASE_URL (the default, ${value}, is the demo simulator's)`);
    return readString(env, name, value);
  };
  const institution = demo('SECUTIX_INSTITUTION', 'DEMO');
  const callsPerMinute = readInt(env, 'SECUTIX_CALLS_PER_MINUTE', 150, { min: 2, max: 10_000 });
  const writeCallsPerMinute = readInt(env, 'SECUTIX_WRITE_CALLS_PER_MINUTE', Math.min(30, Math.floor(callsPerMinute / 2)), { min: 1 });
  if (writeCallsPerMinute >= callsPerMinute) {
    throw new ConfigError('SECUTIX_WRITE_CALLS_PER_MINUTE', `must be less than SECUTIX_CALLS_PER_MINUTE (${callsPerMinute}), got ${writeCallsPerMinute}`);
  }
  // a fifth: a buyer's whole checkout is about 20 calls, and five callers at their most leave the rest for everyone
  const callsPerCallerPerMinute = readInt(env, 'SECUTIX_CALLS_PER_CALLER_PER_MINUTE', Math.max(1, Math.floor(callsPerMinute / 5)), { min: 1, max: callsPerMinute });
  return {
    secutix: {
      ...secutixDefaults,
      baseUrl,
      institution,
      operator: readString(env, 'SECUTIX_OPERATOR', `${institution}_B2C`),
      secret: demo('SECUTIX_SECRET', 'demo-secret'),
      partner: readString(env, 'SECUTIX_PARTNER', secutixDefaults.partner),
      transport: readEnum(env, 'SECUTIX_TRANSPORT', ['soap', 'json'] as const, 'soap'),
      jsonAuth: readEnum(env, 'SECUTIX_JSON_AUTH', JSON_AUTH_MODES, 'self-signed'),
      timeoutMs: readInt(env, 'SECUTIX_TIMEOUT_MS', secutixDefaults.timeoutMs, { min: 100 }),
      readAttempts: readInt(env, 'SECUTIX_READ_ATTEMPTS', secutixDefaults.readAttempts, { min: 1, max: 10 }),
      operationTimeoutsMs: {
        ...secutixDefaults.operationTimeoutsMs,
        // shorter than SecuTix's in_progress threshold, the export's answer would never be seen
        'CatalogService.getCatalogDetailed': readInt(env, 'SECUTIX_CATALOG_TIMEOUT_MS', secutixDefaults.operationTimeoutsMs['CatalogService.getCatalogDetailed'], { min: SECUTIX_IN_PROGRESS_AFTER_MS + 1000 }),
      },
      inProgressPollMs: readInt(env, 'SECUTIX_IN_PROGRESS_POLL_MS', secutixDefaults.inProgressPollMs, { min: 0 }),
      inProgressMaxPolls: readInt(env, 'SECUTIX_IN_PROGRESS_MAX_POLLS', secutixDefaults.inProgressMaxPolls, { min: 1, max: 1000 }),
      breakerFailures: readInt(env, 'SECUTIX_BREAKER_FAILURES', secutixDefaults.breakerFailures, { min: 1, max: 1000 }),
      breakerOpenMs: readInt(env, 'SECUTIX_BREAKER_OPEN_SECONDS', secutixDefaults.breakerOpenMs / 1000, { min: 1, max: 3600 }) * 1000,
    },
    callsPerMinute,
    writeCallsPerMinute,
    callsPerCallerPerMinute,
    operationShares: [
      // SecuTix wants availability asked about once a minute, ideally hourly (docs/secutix/rate-limits.md)
      {
        name: 'availability-calls',
        operations: ['AvailabilityService.getProductAvailability', 'AvailabilityService.getPerformanceAvailability'],
        callsPerMinute: readInt(env, 'AVAILABILITY_CALLS_PER_MINUTE', 30, { min: 1 }),
      },
    ],
    instances: readOptional(env, 'INSTANCES') === undefined ? undefined : readInt(env, 'INSTANCES', 1, { min: 1, max: 1000 }),
    redisUrl: readRedisUrl(env),
    caching: readEnum(env, 'CACHING', ['on', 'off'] as const, 'on'),
    cacheNamespace: readString(env, 'CACHE_NAMESPACE', `stx:${institution}`),
    identitySecret: readSecret(env, 'IDENTITY_SECRET'),
    listenHost: readString(env, 'SUBGRAPH_HOST', '127.0.0.1'),
    limits: readSubgraphLimits(env),
  };
}
