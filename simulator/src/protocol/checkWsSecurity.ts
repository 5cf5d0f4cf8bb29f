import { timingSafeEqual } from 'node:crypto';

/** Plain-text UsernameToken: the virtual operator and its secret (P-soap). */
export function checkWsSecurity(given: { username?: string; password?: string }, expected: { operator: string; secret: string }): boolean {
  if (given.username === undefined || given.password === undefined) return false;
  return given.username === expected.operator && sameText(given.password, expected.secret);
}

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
