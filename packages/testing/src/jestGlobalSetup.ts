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
  process.env[STACK_HOSTS_DIR] = mkdtempSync(join(tmpdir(), 'stx-stack-hosts-'));
  if (process.env.REDIS_URL) {
    process.env.STX_TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const handle = await startRedisServer();
  (globalThis as { __STX_REDIS__?: RedisHandle }).__STX_REDIS__ = handle;
  process.env.STX_TEST_REDIS_URL = handle.url;
}
