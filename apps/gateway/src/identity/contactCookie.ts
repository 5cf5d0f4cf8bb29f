import { createDecipheriv, createHash, verify, type KeyObject } from 'node:crypto';
import { unwrapAesKey } from './unwrapAesKey';
import { isContactNumber } from '@stx/domain-rules';

export interface CookieKeys {
  /** the website's RSA private key: unwraps the AES key SecuTix wrapped with its public key */
  websitePrivateKey: KeyObject;
  /** SecuTix's certificate: checks the SHA-1 signature over the contact JSON */
  secutixCert: KeyObject;
}

/** what a genuine contact cookie proves, and which issue of it this is */
export interface ContactCookie {
  contactNumber: string;
  /**
   * The cookie's session id: a digest of its AES key and encrypted bytes, random for every cookie
   * SecuTix issues. Of the decoded bytes, not of the text: base64 can be written many ways (spaces,
   * bytes after the padding), and each spelling of one cookie must be that cookie, revocation included.
   */
  fingerprint: string;
}

/**
 * The contact number inside SecuTix's `stx_contact_…` cookie (docs/secutix/platform-facts.md#single-sign-on-and-the-shops-cookies, our AES choice in
 * docs/secutix/protocol.md): it counts as identity only when the key unwraps, the data
 * decrypts and SecuTix's signature over it verifies. Anything else is undefined. Its `expires`
 * is outside the signature, so how long it is accepted is the caller's to decide (by fingerprint).
 */
export function contactCookieOf(raw: string, keys: CookieKeys): ContactCookie | undefined {
  try {
    const cookie = JSON.parse(decodeURIComponent(raw)) as { additionalData?: unknown; expires?: unknown };
    if (typeof cookie.expires === 'string' && Date.parse(cookie.expires) < Date.now()) return undefined;
    const extra = typeof cookie.additionalData === 'string' ? (JSON.parse(cookie.additionalData) as Record<string, unknown>) : (cookie.additionalData as Record<string, unknown>);
    const { key, digest, data } = extra as { key: string; digest: string; data: string };
    const aesKey = unwrapAesKey(keys.websitePrivateKey, Buffer.from(key, 'base64'));
    const decipher = createDecipheriv(`aes-${aesKey.length * 8}-ecb`, aesKey, null);
    const encrypted = Buffer.from(data, 'base64');
    const json = Buffer.concat([decipher.update(encrypted), decipher.final()]);
    if (!verify('sha1', json, keys.secutixCert, Buffer.from(digest, 'base64'))) return undefined;
    const contact = JSON.parse(json.toString('utf8')) as { contactNumber?: unknown };
    if (typeof contact.contactNumber !== 'string' || !isContactNumber(contact.contactNumber)) return undefined;
    return { contactNumber: contact.contactNumber, fingerprint: createHash('sha256').update(aesKey).update(encrypted).digest('base64url') };
  } catch {
    return undefined;
  }
}
