import { escapeAttribute, escapeXml } from './toXml';

const ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>";

/** JAX-WS style, as SecuTix answers: `S:` envelope, `ns2:` operation, unqualified result. */
export function soapResponse(namespace: string, operation: string, resultXml: string): string {
  return (
    `${XML_DECLARATION}<S:Envelope xmlns:S="${ENVELOPE_NS}"><S:Body>` +
    `<ns2:${operation}Response xmlns:ns2="${escapeAttribute(namespace)}">${resultXml}</ns2:${operation}Response>` +
    `</S:Body></S:Envelope>`
  );
}

export function soapFault(code: 'Client' | 'Server', message: string): string {
  return (
    `${XML_DECLARATION}<S:Envelope xmlns:S="${ENVELOPE_NS}"><S:Body><S:Fault>` +
    `<faultcode>S:${code}</faultcode><faultstring>${escapeXml(message)}</faultstring>` +
    `</S:Fault></S:Body></S:Envelope>`
  );
}
