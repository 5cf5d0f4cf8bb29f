import type { RedisHandle } from './redis';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __STX_REDIS__?: RedisHandle }).__STX_REDIS__?.stop();
}
