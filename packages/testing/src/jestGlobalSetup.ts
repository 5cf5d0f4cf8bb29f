import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedisServer, type RedisHandle } from './redis';
import { STACK_HOSTS_DIR } from './stack/workerStackHost';

/**
 * Once per test run: a real Redis for the tests, and the folder where each worker's stack host
 * says where it listens. REDIS_URL wins; otherwise a private redis-server on a free port, so runs
 * never touch a developer's own data.
 */
export default async function globalSetup(): Promise<void> {
  // Every Node process of the run (Jest's workers, started after this, their stack hosts, the
  // servers some tests spawn) gets the larger young generation the gateway's image runs with: the
  // tests allocate as servers under load do, and on 2 cores the scavenges were a tenth of the
  // workers' and hosts' CPU (measured: Jest's own CPU over the unit tests 35 -> 31 s).
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' ');
  process.env[STACK_HOSTS_DIR] = mkdtempSync(join(tmpdir(), 'stx-stack-hosts-'));
  if (process.env.REDIS_URL) {
    process.env.STX_TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const handle = await startRedisServer();
  (globalThis as { __STX_REDIS__?: RedisHandle }).__STX_REDIS__ = handle;
  process.env.STX_TEST_REDIS_URL = handle.url;
}
