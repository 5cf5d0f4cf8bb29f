import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const PEERS_DIR = join(ROOT, 'tools', 'bench', 'peers');
/** `BENCH_PROFILE_DIR=<dir>`: the fronts under load and the subgraphs process behind them write a V8 CPU profile there when they stop (`node --cpu-prof`) */
export const profileArgs = (): string[] => (process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []);

/** What every system of one run shares: the simulator and the secrets our processes need. */
export interface BenchEnvironment {
  simulatorUrl: string;
  secrets: { AUTH_TOKEN_SECRET: string; IDENTITY_SECRET: string };
  /** temporary folder for rewritten supergraphs */
  tmpDir: string;
  /** extra environment of our subgraphs (e.g. a lifted SecuTix call budget) */
  subgraphEnv?: Record<string, string>;
  /** node flags of the peer gateways (none: as their packages run them) */
  peerNodeFlags: string[];
}

export function newSecrets(): BenchEnvironment['secrets'] {
  return { AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'), IDENTITY_SECRET: randomBytes(32).toString('base64url') };
}

/**
 * A child's environment: the bench's own plus what the system sets. REDIS_URL is dropped: every
 * system keeps its caches in memory, so fresh processes really start cold.
 */
export function childEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const { REDIS_URL: _ignored, ...inherited } = process.env;
  // no drain on stop: nothing is behind a load balancer here, and a profile is written on exit
  return { ...inherited, NODE_ENV: 'production', SHUTDOWN_DELAY_SECONDS: '0', ...extra };
}
