import { constants, createCipheriv, publicEncrypt, randomBytes, sign, type KeyObject } from 'node:crypto';

/** What SecuTix shows the website in clear, and what it encrypts for it (docs/secutix/platform-facts.md#single-sign-on-and-the-shops-cookies). */
export interface ContactCookieContent {
  individualFirstname: string;
  individualLastname: string;
  lang: string;
  /** end of the shop session */
  expires?: Date;
  /** encrypted and signed: the website trusts these only after decrypting and verifying */
  secret: { contactNumber: string; email?: string };
}

export interface ContactCookieKeys {
  /** the website's public key: wraps the AES key */
  websitePublicKey: KeyObject;
  /** SecuTix's private key: signs the plaintext (SHA1withRSA) */
  idpKey: KeyObject;
}

// SecuTix's documentation says "AES" only; 128-bit ECB with PKCS#7 padding is our choice (docs/secutix/protocol.md), and the
// gateway derives the mode's key size from the unwrapped key, so it follows any choice made here.
const AES_KEY_BYTES = 16;

/** The value of the `stx_contact_…_v1` cookie, URL-encoded and ready for Set-Cookie. */
export function encodeContactCookie(content: ContactCookieContent, keys: ContactCookieKeys): string {
  const plaintext = Buffer.from(JSON.stringify(content.secret), 'utf8');
  const aesKey = randomBytes(AES_KEY_BYTES);
  const cipher = createCipheriv(`aes-${AES_KEY_BYTES * 8}-ecb`, aesKey, null);
  const additionalData = {
    key: publicEncrypt({ key: keys.websitePublicKey, padding: constants.RSA_PKCS1_PADDING }, aesKey).toString('base64'),
    data: Buffer.concat([cipher.update(plaintext), cipher.final()]).toString('base64'),
    digest: sign('sha1', plaintext, keys.idpKey).toString('base64'),
  };
  return encodeURIComponent(
    JSON.stringify({
      individualFirstname: content.individualFirstname,
      individualLastname: content.individualLastname,
      lang: content.lang,
      expires: content.expires?.toISOString(),
      additionalData: JSON.stringify(additionalData),
    }),
  );
}
