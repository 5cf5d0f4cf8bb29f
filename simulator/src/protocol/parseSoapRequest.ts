import { XMLParser } from 'fast-xml-parser';

export interface SoapRequest {
  operation: string;
  /** raw parameters: every leaf a string, a one-item list a lone value (see normaliseParams) */
  params: Record<string, unknown>;
  username?: string;
  password?: string;
}

// Attributes (mustUnderstand, wsu:Id, Password/@Type) carry nothing we check, so they are dropped.
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true, processEntities: true });

/** Reads a SOAP 1.1 request; undefined when the body is not an envelope with one operation. */
export function parseSoapRequest(xml: string): SoapRequest | undefined {
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
