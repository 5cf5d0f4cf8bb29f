import { contractTypes, fieldSpec, type RecordType } from '@stx/secutix-contract';
import type { Params } from './Transport';

/**
 * The parameters as a SOAP request carries them, by the contract's types: a "Map of K, V"
 * parameter (checkPayment's `paymentAdditionalData`) becomes JAX-WS's `{ entry: [{ key, value }] }`,
 * which node-soap writes as the typed WSDL declares; JSON sends the object itself. Everything else
 * is left as it is.
 */
export function soapParams(type: RecordType, params: Params): Params {
  const out: Params = { ...params };
  for (const [name, spec] of Object.entries(type)) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    const f = fieldSpec(spec);
    const record = f.scalar ? undefined : contractTypes[f.type];
    const one = (v: unknown): unknown => (record && isObject(v) ? soapParams(record, v) : v);
    if (f.key) {
      if (isObject(value)) out[name] = { entry: Object.entries(value).filter(([, v]) => v !== undefined).map(([key, v]) => ({ key, value: one(v) })) };
    } else if (record) {
      out[name] = Array.isArray(value) ? value.map(one) : one(value);
    }
  }
  return out;
}

function isObject(v: unknown): v is Params {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
