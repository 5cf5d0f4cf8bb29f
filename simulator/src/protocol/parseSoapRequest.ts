import { XMLParser } from 'fast-xml-parser';
import { isXmlCodePoint, nonXmlCharacter } from '@stx/secutix-contract';

export interface SoapRequest {
  operation: string;
  /** raw parameters: every leaf a string, a one-item list a lone value (see normaliseParams) */
  params: Record<string, unknown>;
  username?: string;
  password?: string;
}

// Attributes (mustUnderstand, wsu:Id, Password/@Type) carry nothing we check, so they are dropped.
// `htmlEntities` is what decodes numeric character references (`&#x9;`, `&#233;`, as node-soap and
// other clients write tabs, line breaks or accents), `&amp;` last; wellFormed has already refused
// every named reference but XML's five, so no HTML name is ever decoded.
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true, processEntities: true, htmlEntities: true });

/** Reads a SOAP 1.1 request; undefined when the body is not an envelope with one operation. */
export function parseSoapRequest(xml: string): SoapRequest | undefined {
  if (!wellFormed(xml)) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const envelope = record(doc.Envelope);
  const body = record(envelope?.Body);
  const operation = body && Object.keys(body)[0];
  if (!envelope || !body || !operation) return undefined;
  const token = record(record(first(record(envelope.Header)?.Security))?.UsernameToken);
  const raw = body[operation];
  return {
    operation,
    params: record(raw) ?? {},
    username: text(token?.Username),
    password: text(token?.Password),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | undefined {
  const v = first(value);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
/** where `&` and `<!` are only text: CDATA sections and comments */
const LITERAL_SECTIONS = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * What an XML parser such as SecuTix's refuses and fast-xml-parser lets through: a document type
 * declaration (a SOAP message must not have one, SOAP 1.1 section 3), a character XML 1.0 has no
 * place for, raw or by reference (`&#0;`), and a reference to an entity nobody declared.
 */
function wellFormed(xml: string): boolean {
  if (nonXmlCharacter(xml)) return false;
  const markup = xml.replace(LITERAL_SECTIONS, '');
  if (/<!DOCTYPE/i.test(markup)) return false;
  for (const [, name] of markup.matchAll(REFERENCE)) {
    if (name[0] !== '#') {
      if (!XML_ENTITIES.has(name)) return false;
    } else if (!isXmlCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))) return false;
  }
  return true;
}
