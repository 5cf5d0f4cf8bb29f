import { ConfigError, readRedisUrl, readUrl } from './env';

describe('readUrl', () => {
  it('takes the schemes it is given, a mail server’s included', () => {
    expect(readUrl({ U: 'https://graph.example.org' }, 'U')).toBe('https://graph.example.org');
    expect(readUrl({ U: 'smtps://user:pw@mail.example.org:465' }, 'U', undefined, ['smtp:', 'smtps:'])).toBe('smtps://user:pw@mail.example.org:465');
    expect(() => readUrl({ U: 'smtp://mail.example.org' }, 'U')).toThrow(ConfigError);
    expect(() => readUrl({ U: 'https://mail.example.org' }, 'U', undefined, ['smtp:', 'smtps:'])).toThrow(/must be a URL \(smtp:\/\/, smtps:\/\/\)/);
  });

  it('never repeats a password or token of the value in its error, which start-up logs', () => {
    for (const value of ['ftp://user:s3cret-value@host', 'redis://:s3cret-value@host:6379/0x', 'nonsense://s3cret-value@']) {
      let message = '';
      try {
        readUrl({ REDIS_URL: value }, 'REDIS_URL', undefined, ['http:']);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/REDIS_URL/);
      expect(message).not.toContain('s3cret-value');
    }
  });
});

describe('readRedisUrl', () => {
  it('takes a Redis address only, and nothing when unset', () => {
    expect(readRedisUrl({})).toBeUndefined();
    expect(readRedisUrl({ REDIS_URL: 'rediss://:secret@redis.internal:6380/0' })).toBe('rediss://:secret@redis.internal:6380/0');
    expect(() => readRedisUrl({ REDIS_URL: 'http://redis.internal:6379' })).toThrow(/REDIS_URL must be a URL \(redis:\/\/, rediss:\/\/\)/);
  });
});
