import { ConfigError } from '@stx/env';
import { readCorsOrigins, trustedReturnUrl } from './trustedOrigins';

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

describe('trustedReturnUrl', () => {
  const origins = readCorsOrigins({ CORS_ORIGINS: 'https://shop.example.org, http://localhost:*' });
  it('gives back, as the URL standard writes it, only an http(s) URL on a trusted origin without credentials', () => {
    expect(trustedReturnUrl(origins, 'https://shop.example.org/paid?o=1')).toBe('https://shop.example.org/paid?o=1');
    expect(trustedReturnUrl(origins, 'HTTP://LOCALHOST:5173/back')).toBe('http://localhost:5173/back');
    // a parser less strict than a browser's might read evil.example as the host of what we checked
    expect(trustedReturnUrl(origins, 'http://localhost:4020\\@evil.example/')).toBe('http://localhost:4020/@evil.example/');
    for (const refused of ['https://evil.example/', 'https://shop.example.org.evil.example/', 'http://user:pw@localhost:4020/x', 'javascript:alert(1)', '//evil.example', 'data:text/html,x', `https://shop.example.org/${'a'.repeat(500)}`]) {
      expect(trustedReturnUrl(origins, refused)).toBeUndefined();
    }
  });
});
