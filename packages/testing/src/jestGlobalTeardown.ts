import type { RedisHandle } from './redis';
import { STACK_HOSTS_DIR } from './stack/workerStackHost';
import { stopStackHosts } from './stack/stopStackHosts';

export default async function globalTeardown(): Promise<void> {
  const dir = process.env[STACK_HOSTS_DIR];
  if (dir) await stopStackHosts(dir);
  await (globalThis as { __STX_REDIS__?: RedisHandle }).__STX_REDIS__?.stop();
}
