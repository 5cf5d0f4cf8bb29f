import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// A low scrypt cost: these are demo passwords in a simulator, and every start and reset hashes them.
const COST = 4096;
const KEY_LENGTH = 32;

/** `scrypt$<cost>$<salt>$<hash>` (base64url); the clear password is kept nowhere. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return ['scrypt', COST, salt.toString('base64url'), derive(password, salt, COST).toString('base64url')].join('$');
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
