import type { KeyObject } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

export interface SigningKey {
  privateKey: KeyObject;
  /** sent in KeyInfo; an SP still verifies only with the certificate it was configured with */
  certPem: string;
}

const RESPONSE = "/*[local-name(.)='Response' and namespace-uri(.)='urn:oasis:names:tc:SAML:2.0:protocol']";
const ASSERTION = `${RESPONSE}/*[local-name(.)='Assertion' and namespace-uri(.)='urn:oasis:names:tc:SAML:2.0:assertion']`;
const issuerOf = (parent: string) => `${parent}/*[local-name(.)='Issuer']`;

/**
 * Signs the assertion, then the response around it: the response's digest covers the assertion's
 * signature, which is what an SP wanting both (wantAssertionsSigned, wantAuthnResponseSigned)
 * checks. Each signature goes right after its Issuer, where the schema puts ds:Signature.
 */
export function signSamlResponse(xml: string, key: SigningKey): string {
  return signOne(signOne(xml, ASSERTION, key), RESPONSE, key);
}

function signOne(xml: string, xpath: string, key: SigningKey): string {
  const sig = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certPem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: issuerOf(xpath), action: 'after' } });
  return sig.getSignedXml();
}
