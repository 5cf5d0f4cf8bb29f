import { escapeAttribute, escapeXml } from './toXml';

export const ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>";

/** JAX-WS style, as SecuTix answers: `S:` envelope, `ns2:` operation, unqualified result. */
export function soapResponse(namespace: string, operation: string, resultXml: string): string {
  return (
    `${XML_DECLARATION}<S:Envelope xmlns:S="${ENVELOPE_NS}"><S:Body>` +
    `<ns2:${operation}Response xmlns:ns2="${escapeAttribute(namespace)}">${resultXml}</ns2:${operation}Response>` +
    `</S:Body></S:Envelope>`
  );
}

export function soapFault(code: 'Client' | 'Server' | 'VersionMismatch', message: string): string {
  return (
    `${XML_DECLARATION}<S:Envelope xmlns:S="${ENVELOPE_NS}"><S:Body><S:Fault>` +
    `<faultcode>S:${code}</faultcode><faultstring>${escapeXml(message)}</faultstring>` +
    `</S:Fault></S:Body></S:Envelope>`
  );
}

/**
 * The namespace of a request's root `Envelope` (where it must be declared: nothing is above it),
 * undefined when the body does not start with one. SOAP 1.1's is ENVELOPE_NS; SOAP 1.2's is not.
 */
export function envelopeNamespace(xml: string): string | undefined {
  const root = /<(?:([A-Za-z_][\w.-]*):)?Envelope\b([^>]*)>/.exec(xml);
  if (!root) return undefined;
  const [, prefix, attributes] = root;
  const declaration = new RegExp(`\\bxmlns${prefix ? `:${prefix.replace(/\./g, '\\.')}` : ''}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return declaration?.[2];
}
