import { randomUUID } from 'node:crypto';
import { portVariable } from '@stx/host';
import { subgraphs } from '@stx/subgraphs';
import { backendEnv } from '@stx/secutix-runtime';
import { DEMO_CREDENTIALS, type Simulator } from '@stx/secutix-sim';

/** a simulator to point the subgraphs at: one started in another process is known by its address, with the demo credentials */
export type SimulatorAddress = Pick<Simulator, 'url'> & Partial<Pick<Simulator, 'credentials'>>;

/**
 * The environment every subgraph of a test runs on, alone or in the whole stack: the simulator
 * as SecuTix, one read attempt (a fault shows at once), a cache namespace and secrets of its
 * own, every port chosen at start. The caller adds what its servers need beside it.
 */
export function subgraphEnv(options: { simulator: SimulatorAddress; transport?: 'soap' | 'json'; redisUrl?: string; databaseUrl?: string }): Record<string, string> {
  return {
    ...backendEnv({ url: options.simulator.url, ...(options.simulator.credentials ?? DEMO_CREDENTIALS) }),
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
