import { randomBytes } from 'node:crypto';
import { escapeAttribute } from '../protocol/toXml';
import type { AuthnRequest } from './parseAuthnRequest';

/** Who logged in, as the assertion tells the service provider. */
export interface SamlSubject {
  contactNumber: string;
  attributes: Record<string, string>;
}

export interface SamlAnswer {
  request: AuthnRequest;
  subject: SamlSubject;
  idpEntityId: string;
  now: number;
}

// Long enough for a slow browser round trip, short enough that a captured answer soon expires.
const VALID_MS = 5 * 60_000;
// Tolerates an SP whose clock runs a little behind ours.
const SKEW_MS = 60_000;
const UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
const BASIC = 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic';

/**
 * The unsigned `samlp:Response` with one assertion, elements in the order the SAML 2.0 schema
 * requires. Each Issuer is followed directly by where signSamlResponse puts the signature.
 */
export function buildSamlResponse({ request, subject, idpEntityId, now }: SamlAnswer): string {
  const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  const a = escapeAttribute;
  const attributes = Object.entries(subject.attributes)
    .map(([name, value]) => `<saml:Attribute Name="${a(name)}" NameFormat="${BASIC}"><saml:AttributeValue xsi:type="xs:string">${a(value)}</saml:AttributeValue></saml:Attribute>`)
    .join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${at(0)}" Destination="${a(request.acsUrl)}" InResponseTo="${a(request.id)}">` +
    `<saml:Issuer>${a(idpEntityId)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${newId()}" Version="2.0" IssueInstant="${at(0)}">` +
    `<saml:Issuer>${a(idpEntityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${UNSPECIFIED}">${a(subject.contactNumber)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${a(request.id)}" Recipient="${a(request.acsUrl)}" NotOnOrAfter="${at(VALID_MS)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${at(-SKEW_MS)}" NotOnOrAfter="${at(VALID_MS)}"><saml:AudienceRestriction><saml:Audience>${a(request.issuer)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${at(0)}" SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`
  );
}

/** SAML IDs are xs:ID, which may not start with a digit. */
function newId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}
