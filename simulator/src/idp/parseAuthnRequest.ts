import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
// An AuthnRequest is well under 2 kB; the cap keeps a hostile deflate bomb from costing memory.
const MAX_INFLATED_BYTES = 64 * 1024;

/** What the IdP needs from a service provider's request to answer it. */
export interface AuthnRequest {
  id: string;
  /** where the browser posts the answer: only an absolute http(s) URL */
  acsUrl: string;
  /** the SP's entity id, the audience of the assertion */
  issuer: string;
}

export class AuthnRequestError extends Error {}

/**
 * Reads `SAMLRequest` of the HTTP-Redirect binding: base64 of the raw-deflated XML. Every way it
 * can be unusable throws an AuthnRequestError whose message can be shown to the user.
 */
export function parseAuthnRequest(samlRequest: string | null): AuthnRequest {
  if (!samlRequest) throw new AuthnRequestError('SAMLRequest is missing');
  let xml: string;
  try {
    xml = inflateRawSync(Buffer.from(samlRequest, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8');
  } catch {
    throw new AuthnRequestError('SAMLRequest is not base64 of deflated XML');
  }
  const root = parseXml(xml);
  if (root?.localName !== 'AuthnRequest' || root.namespaceURI !== SAMLP) throw new AuthnRequestError('SAMLRequest is not a SAML 2.0 AuthnRequest');
  const id = root.getAttribute('ID');
  if (!id) throw new AuthnRequestError('the AuthnRequest has no ID');
  const issuer = root.getElementsByTagNameNS(SAML, 'Issuer')[0]?.textContent?.trim();
  if (!issuer) throw new AuthnRequestError('the AuthnRequest has no Issuer');
  return { id, acsUrl: checkAcsUrl(root.getAttribute('AssertionConsumerServiceURL')), issuer };
}

function parseXml(xml: string): Element | undefined {
  let failed = false;
  const onError = () => (failed = true);
  try {
    const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: onError, fatalError: onError } }).parseFromString(xml, 'text/xml');
    return failed ? undefined : doc?.documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A real IdP only posts to the consumer URLs registered for the SP; the simulator has no SP
 * registry, so any absolute http(s) URL goes (docs/secutix/protocol.md). Never javascript: or data:.
 */
export function checkAcsUrl(value: string | null): string {
  if (!value) throw new AuthnRequestError('the AuthnRequest has no AssertionConsumerServiceURL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthnRequestError('AssertionConsumerServiceURL is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AuthnRequestError('AssertionConsumerServiceURL must be http or https');
  return value;
}
