import { startRedisServer, type RedisHandle } from './redis';

/**
 * Once per test run: a real Redis for the tests. REDIS_URL wins; otherwise a private
 * redis-server on a free port, so runs never touch a developer's own data.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) {
    process.env.STX_TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const handle = await startRedisServer();
  (globalThis as { __STX_REDIS__?: RedisHandle }).__STX_REDIS__ = handle;
  process.env.STX_TEST_REDIS_URL = handle.url;
}
