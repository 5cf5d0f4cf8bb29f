import Redis from 'ioredis';
import type { CacheStore } from './CacheStore';

/**
 * The store shared by every instance, set to fail fast so that a Redis outage turns into cache
 * misses at once, not stalled requests.
 *
 * ioredis' offline queue stays on, because with it off every command sent before the first
 * connection is up fails and a freshly started process runs on an empty cache. But once a
 * connection attempt has failed or the connection dropped, queued commands would each wait for the
 * next reconnect (backing off up to 2 s) or the command timeout; so from then until Redis is ready
 * again, commands are refused here without being sent.
 */
/**
 * INCR, and a TTL when the counter has none: atomic, unlike INCR then EXPIRE from the client, and
 * unlike EXPIRE NX it works before Redis 7.
 */
const INCR_WITH_TTL = `
local n = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

const ms = (seconds: number) => Math.max(1, Math.round(seconds * 1000));

export class RedisStore implements CacheStore {
  readonly redis: Redis;
  private readonly owned: boolean;
  private down = false;

  constructor(redis: Redis | string) {
    this.owned = typeof redis === 'string';
    this.redis =
      typeof redis === 'string'
        ? new Redis(redis, {
            maxRetriesPerRequest: 1,
            connectTimeout: 2000,
            commandTimeout: 1000,
            enableAutoPipelining: true,
            // a socket that never connected does not close on end(): do not keep the process alive for it
            disconnectTimeout: 100,
          })
        : redis;
    // errors surface on each command; an unhandled 'error' event would crash the process
    this.redis.on('error', () => (this.down = true));
    this.redis.on('close', () => (this.down = true));
    this.redis.on('ready', () => (this.down = false));
  }

  private client(): Redis {
    if (this.down && this.redis.status !== 'ready') throw new Error(`Redis is unavailable (${this.redis.status})`);
    return this.redis;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client().get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.client().set(key, value, 'PX', ms(ttlSeconds));
  }

  async delete(key: string): Promise<void> {
    await this.client().del(key);
  }

  async incr(key: string, ttlSeconds: number): Promise<number> {
    return Number(await this.client().eval(INCR_WITH_TTL, 1, key, ms(ttlSeconds)));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await this.client().set(key, value, 'PX', ms(ttlSeconds), 'NX')) === 'OK';
  }

  /** closes the connection this store opened; a connection passed in belongs to its owner */
  async close(): Promise<void> {
    if (!this.owned) return;
    if (this.redis.status !== 'ready') return this.redis.disconnect();
    // QUIT lets writes already sent complete; disconnect if Redis does not answer
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
