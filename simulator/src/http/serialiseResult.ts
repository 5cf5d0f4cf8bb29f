import { soapResponse } from '../protocol/soapEnvelope';
import { toXml } from '../protocol/toXml';

// Keyed by result object identity: a cached answer (the catalog, ~150 MB of XML for 20 000
// products) is serialised and encoded once per version; a per-call answer goes with its object.
const jsonCache = new WeakMap<object, Buffer>();
const soapCache = new WeakMap<object, Buffer>();

export function resultJson(body: object): Buffer {
  let bytes = jsonCache.get(body);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(body), 'utf8');
    jsonCache.set(body, bytes);
  }
  return bytes;
}

/** The whole envelope: one result object always answers the same service (namespace) and operation. */
export function resultSoap(namespace: string, operation: string, element: string, body: object): Buffer {
  let bytes = soapCache.get(body);
  if (bytes === undefined) {
    bytes = Buffer.from(soapResponse(namespace, operation, toXml(element, body)), 'utf8');
    soapCache.set(body, bytes);
  }
  return bytes;
}
