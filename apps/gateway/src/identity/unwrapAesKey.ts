import { constants, privateDecrypt, randomBytes, type KeyObject } from 'node:crypto';

const AES_KEY_BYTES = [16, 24, 32];
// 0x00 0x02, at least 8 bytes of non-zero padding, then the 0x00 separator
const MIN_SEPARATOR_INDEX = 10;

/**
 * The AES key SecuTix wrapped with RSA PKCS#1 v1.5 (docs/secutix/platform-facts.md#single-sign-on-and-the-shops-cookies). Node refuses PKCS#1 v1.5
 * private decryption where OpenSSL lacks implicit rejection (CVE-2023-46809, the Marvin attack;
 * OpenSSL 3.0 here), so the padding is removed after a raw RSA decryption, with the same defence:
 * a bad padding gives a random key rather than an error, and the cookie then fails at decryption
 * or signature like any other forgery, so answers tell an attacker nothing about the padding.
 */
export function unwrapAesKey(websitePrivateKey: KeyObject, wrapped: Buffer): Buffer {
  const block = privateDecrypt({ key: websitePrivateKey, padding: constants.RSA_NO_PADDING }, wrapped);
  const separator = block.indexOf(0, 2);
  const keyBytes = block.length - separator - 1;
  const wellFormed = block[0] === 0 && block[1] === 2 && separator >= MIN_SEPARATOR_INDEX && AES_KEY_BYTES.includes(keyBytes);
  const decoy = randomBytes(AES_KEY_BYTES[0]);
  return wellFormed ? block.subarray(separator + 1) : decoy;
}
