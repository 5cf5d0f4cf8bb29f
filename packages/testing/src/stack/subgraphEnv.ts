import { randomUUID } from 'node:crypto';
import { portVariable } from '@stx/host';
import { subgraphs } from '@stx/subgraphs';

/**
 * The environment every subgraph of a test runs on, alone or in the whole stack: the simulator
 * as SecuTix, one read attempt (a fault shows at once), a cache namespace and secrets of its
 * own, every port chosen at start. The caller adds what its servers need beside it.
 */
export function subgraphEnv(options: { simulatorUrl: string; transport?: 'soap' | 'json'; redisUrl?: string; databaseUrl?: string }): Record<string, string> {
  return {
    SECUTIX_BASE_URL: options.simulatorUrl,
    SECUTIX_TRANSPORT: options.transport ?? 'soap',
    SECUTIX_READ_ATTEMPTS: '1',
    CACHE_NAMESPACE: `test:${randomUUID()}`,
    ...Object.fromEntries(subgraphs.map((s) => [portVariable(s.name), '0'])),
    DISTRIBUTION_DEMO_PARTNERS: 'on',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    AUTH_TOKEN_SECRET: `test-token-secret-${randomUUID()}`,
    IDENTITY_SECRET: `test-identity-secret-${randomUUID()}`,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  };
}
