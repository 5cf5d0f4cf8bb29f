import { createHmac } from 'node:crypto';

export interface JwtClaims {
  sub: string;
  aud: string;
  iss: string;
  iat: number;
  exp: number;
}

/**
 * The self-forged HS256 token SecuTix's REST standard asks for (docs/secutix/platform-facts.md#authentication). Times are in
 * seconds, as SecuTix's own example and every client in the wild use.
 */
export function signJwt(claims: JwtClaims, secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A fresh token per call: SecuTix wants `iat` under a second old, so tokens are never reused. */
export function secutixJwt(opts: { institution: string; operator: string; partner: string; secret: string; nowMs: number }): string {
  const iat = Math.floor(opts.nowMs / 1000);
  return signJwt({ sub: opts.institution, aud: opts.operator, iss: opts.partner, iat, exp: iat + 30 }, opts.secret);
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
