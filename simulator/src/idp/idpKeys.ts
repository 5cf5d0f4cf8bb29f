import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the PEM files the identity provider needs; any left out is the demo key of that role. */
export interface IdpKeyFiles {
  /** SecuTix's private key: signs SAML answers and the contact cookie's digest */
  idpKey: string;
  /** its certificate, sent in the signatures' KeyInfo */
  idpCert: string;
  /** the organisation website's public key, which wraps the contact cookie's AES key */
  websitePublicKey: string;
}

export interface IdpKeys {
  idpKey: KeyObject;
  /** PEM text: xml-crypto writes it into KeyInfo as is */
  idpCertPem: string;
  websitePublicKey: KeyObject;
}

// Relative to this file, not the working directory, so tsx, jest and `npm run sim` agree.
const DEMO_KEYS = join(__dirname, '..', '..', 'demo-keys');

export const DEMO_KEY_FILES: IdpKeyFiles = {
  idpKey: join(DEMO_KEYS, 'idp.key'),
  idpCert: join(DEMO_KEYS, 'idp.crt'),
  websitePublicKey: join(DEMO_KEYS, 'website.pub'),
};

/**
 * The website's private key, the other half of `websitePublicKey`: the gateway unwraps the contact
 * cookie with it (STX_COOKIE_PRIVATE_KEY), as an organisation's website does with its own.
 */
export const DEMO_WEBSITE_PRIVATE_KEY_FILE = join(DEMO_KEYS, 'website.key');

/**
 * Reads the keys at the first sign-on, not at start-up: a simulator nobody logs in to (most tests)
 * never touches the files. The answer is kept, so the files are read once.
 */
export function lazyIdpKeys(files: Partial<IdpKeyFiles> = {}): () => IdpKeys {
  const paths = { ...DEMO_KEY_FILES, ...definedOnly(files) };
  let keys: IdpKeys | undefined;
  return () =>
    (keys ??= {
      idpKey: createPrivateKey(readFileSync(paths.idpKey, 'utf8')),
      idpCertPem: readFileSync(paths.idpCert, 'utf8'),
      websitePublicKey: createPublicKey(readFileSync(paths.websitePublicKey, 'utf8')),
    });
}

function definedOnly(files: Partial<IdpKeyFiles>): Partial<IdpKeyFiles> {
  return Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined));
}
