import { joinUrl, tokenPath } from '@stx/secutix-contract';
import type { SecutixConfig } from '../config';
import { SecutixError, httpStatusError } from '../errors';
import { secutixJwt } from './jwt';

/**
 * How the JSON transport proves who it is (docs/secutix/authentication.md): a token we sign
 * ourselves for every call (`self-signed`, SecuTix's REST standard), or one SecuTix issues at
 * `POST /tnai/backend-apis/v1/auth` (`token-endpoint`).
 */
export type JsonAuthMode = 'self-signed' | 'token-endpoint';
export const JSON_AUTH_MODES: readonly JsonAuthMode[] = ['self-signed', 'token-endpoint'];

/** The transport's configuration: SecutixConfig plus the JSON authentication style. */
export type JsonTransportConfig = SecutixConfig & { jsonAuth?: JsonAuthMode };

export interface TokenSource {
  token(): Promise<string>;
  /** the server refused this token: never hand it out again */
  refused(token: string): void;
}

export interface TokenDeps {
  fetch?: typeof fetch;
  now?: () => number;
}

export function tokenSource(config: JsonTransportConfig, deps: TokenDeps = {}): TokenSource {
  return config.jsonAuth === 'token-endpoint' ? new IssuedTokens(config, deps) : new SelfSignedTokens(config, deps);
}

class SelfSignedTokens implements TokenSource {
  constructor(private readonly config: SecutixConfig, private readonly deps: TokenDeps) {}

  async token(): Promise<string> {
    return secutixJwt({ ...this.config, nowMs: (this.deps.now ?? Date.now)() });
  }

  refused(): void {}
}

/** Renew this long before the token's `exp`; a token whose life we cannot read is kept a minute. */
const RENEW_BEFORE_MS = 30_000;
const UNKNOWN_LIFETIME_MS = 60_000;

/**
 * Server-issued tokens, shared by concurrent calls (one request to the endpoint at a time) and
 * renewed before they expire. A token is never used past its `exp`; a failed request is not kept.
 */
class IssuedTokens implements TokenSource {
  private current: { token: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly config: SecutixConfig, private readonly deps: TokenDeps) {}

  token(): Promise<string> {
    const now = (this.deps.now ?? Date.now)();
    if (this.current && now < this.current.renewAt) return Promise.resolve(this.current.token);
    this.pending ??= this.request().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  refused(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private async request(): Promise<string> {
    const url = joinUrl(this.config.baseUrl, tokenPath());
    const { operator, partner, secret } = this.config;
    let response: Response;
    try {
      response = await (this.deps.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ operator, partner, secret }),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (err) {
      throw new SecutixError('UNAVAILABLE', 'TokenEndpoint', 'auth', `no answer: ${(err as Error).name}`);
    }
    const text = await response.text();
    // the body may echo nothing secret, but keep it out of errors anyway: only the status counts
    if (!response.ok) throw httpStatusError('TokenEndpoint', 'auth', response.status, '', response.headers.get('retry-after'));
    let token: unknown;
    try {
      token = (JSON.parse(text) as { token?: unknown }).token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') throw new SecutixError('TECHNICAL', 'TokenEndpoint', 'auth', 'answer without a token');
    const now = (this.deps.now ?? Date.now)();
    const exp = jwtExpiryMs(token);
    this.current = { token, renewAt: exp === undefined ? now + UNKNOWN_LIFETIME_MS : Math.max(now, exp - RENEW_BEFORE_MS) };
    return token;
  }
}

/** `exp` of a JWT in epoch ms, when the token is one (SecuTix's are; the contract does not promise it). */
function jwtExpiryMs(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
