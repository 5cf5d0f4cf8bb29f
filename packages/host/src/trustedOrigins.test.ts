import { ConfigError } from '@stx/env';
import { readCorsOrigins } from './trustedOrigins';

describe('CORS_ORIGINS', () => {
  it('defaults to Apollo Studio, as Apollo Router does', () => {
    const origins = readCorsOrigins({});
    expect(origins.allows('https://studio.apollographql.com')).toBe(true);
    expect(origins.allows('https://evil.example')).toBe(false);
    expect(origins.allows(null)).toBe(false);
  });

  it('matches exact origins exactly: scheme, host and port', () => {
    const origins = readCorsOrigins({ CORS_ORIGINS: 'http://localhost:4020, https://shop.example.org' });
    expect(origins.allows('http://localhost:4020')).toBe(true);
    expect(origins.allows('https://shop.example.org')).toBe(true);
    expect(origins.allows('http://localhost:4021')).toBe(false);
    expect(origins.allows('https://localhost:4020')).toBe(false);
    expect(origins.allows('http://shop.example.org')).toBe(false);
    expect(origins.allows('https://shop.example.org.evil.example')).toBe(false);
  });

  it('lets * stand for leftmost host labels or for the port, never for the registrable domain', () => {
    const origins = readCorsOrigins({ CORS_ORIGINS: 'https://*.example.org,http://localhost:*' });
    expect(origins.allows('https://shop.example.org')).toBe(true);
    expect(origins.allows('https://a.b.example.org')).toBe(true);
    expect(origins.allows('https://example.org')).toBe(false);
    expect(origins.allows('https://evilexample.org')).toBe(false);
    expect(origins.allows('https://shop.example.org.evil.example')).toBe(false);
    expect(origins.allows('http://localhost:5173')).toBe(true);
    expect(origins.allows('http://localhost')).toBe(true);
    expect(origins.allows('http://localhost.evil.example:5173')).toBe(false);
  });

  it('refuses at start-up what is not an origin or a pattern, naming the variable', () => {
    for (const bad of ['*', 'https://*', 'shop.example.org', 'https://shop.example.org/', 'https://shop.example.org/path', 'ftp://x.example', 'https://sh*p.example.org', 'https://example.*']) {
      expect(() => readCorsOrigins({ CORS_ORIGINS: bad })).toThrow(ConfigError);
      expect(() => readCorsOrigins({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
  });
});
