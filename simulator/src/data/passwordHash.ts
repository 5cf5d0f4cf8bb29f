import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// A low scrypt cost (1 MB of memory a hash): these are demo passwords in a simulator, whose users'
// test runs log in hundreds of times; what matters here is that no clear password is kept.
const COST = 1024;
const KEY_LENGTH = 32;

/** `scrypt$<cost>$<salt>$<hash>` (base64url); the clear password is kept nowhere. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return ['scrypt', COST, salt.toString('base64url'), derive(password, salt, COST).toString('base64url')].join('$');
}

/**
 * The hash of a seeded demo password, made once per process: every simulator start and reset seeds
 * the same passwords again (a test run does it hundreds of times), and a seed's salt shared across
 * resets gives nothing away that the seed file does not. Passwords set through the API get their own.
 */
const seeded = new Map<string, string>();
export function hashSeedPassword(password: string): string {
  let hash = seeded.get(password);
  if (hash === undefined) seeded.set(password, (hash = hashPassword(password)));
  return hash;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = derive(password, Buffer.from(salt, 'base64url'), Number(cost));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function derive(password: string, salt: Buffer, cost: number): Buffer {
  return scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: cost });
}
