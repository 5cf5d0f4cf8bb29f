import { ConfigError, readString, type Env } from '@stx/env';

/** The browser origins trusted to call the gateway with credentials, from CORS_ORIGINS. */
export interface CorsOrigins {
  /** as configured, for logs and docs */
  readonly entries: readonly string[];
  allows(origin: string | null | undefined): boolean;
}

/** Apollo Router's default: Apollo Studio's Sandbox and Explorer may call the endpoint. */
export const DEFAULT_CORS_ORIGINS = 'https://studio.apollographql.com';

// scheme://host[:port] where `*` may stand for the leftmost host labels or for the port
const ENTRY = /^(https?):\/\/((?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;

/**
 * CORS_ORIGINS: exact origins and wildcard patterns, separated by commas, e.g.
 * `https://shop.example.org, https://*.example.org, http://localhost:*`. A `*` stands for one or
 * more leftmost host labels (`https://*.example.org` is not `https://example.org`) or for any
 * port. Every listed origin gets credentials, so a bare `*` (every website) is refused.
 */
export function readCorsOrigins(env: Env, fallback = DEFAULT_CORS_ORIGINS): CorsOrigins {
  const raw = readString(env, 'CORS_ORIGINS', fallback);
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  const matchers = entries.map((entry) => {
    const match = ENTRY.exec(entry.toLowerCase());
    if (!match) throw new ConfigError('CORS_ORIGINS', `"${entry}" is not an origin (scheme://host[:port], no path) or a pattern with * for leftmost host labels or the port`);
    const [, scheme, host, port] = match;
    const hostPattern = host.startsWith('*.') ? `[a-z0-9-]+(?:\\.[a-z0-9-]+)*${escape(host.slice(1))}` : escape(host);
    const portPattern = port === '*' ? '(?::\\d{1,5})?' : port ? `:${port}` : '';
    return new RegExp(`^${scheme}://${hostPattern}${portPattern}$`);
  });
  return {
    entries,
    allows: (origin) => typeof origin === 'string' && matchers.some((m) => m.test(origin.toLowerCase())),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A URL SecuTix may send a buyer back to (a card payment's return, the registration's callback):
 * http(s), no user or password in it, at most 500 characters, on a trusted origin; given back as
 * the URL standard writes it (`new URL(...).href`), so that a parser less strict than a browser's
 * cannot read another host in what we checked (`http://shop.example\\@evil.example`). Undefined when refused.
 */
export function trustedReturnUrl(origins: CorsOrigins, text: string): string | undefined {
  if (text.length > 500 || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
  return origins.allows(url.origin) ? url.href : undefined;
}
