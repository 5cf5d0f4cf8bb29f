import { contractTypes, fieldSpec, isNumeric } from '@stx/secutix-contract';

/**
 * Brings a SOAP answer to the JSON transport's shape by the SecuTix contract's types (one table,
 * @stx/secutix-contract), never by field names: lists become arrays (an absent list is `[]`, as
 * JSON sends it, unless the contract marks the list optional), `long`/`int` numbers, `boolean` booleans. node-soap already types what a typed
 * WSDL declares; this also covers the streamed big answers and answers whose WSDL is untyped.
 * Fields the contract does not know are kept as they came.
 */
export function typedRecord(value: unknown, typeName: string): Record<string, unknown> {
  const fields = contractTypes[typeName];
  const source = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(source)) {
    if (key === 'attributes' || key === '$xml') continue;
    const spec = fields?.[key];
    out[key] = spec === undefined ? child : typedField(child, spec);
  }
  if (fields) {
    for (const [key, spec] of Object.entries(fields)) {
      const f = fieldSpec(spec);
      if (out[key] === undefined && f.list && !f.optional) out[key] = [];
    }
  }
  return out;
}

function typedField(value: unknown, spec: string): unknown {
  const f = fieldSpec(spec);
  if (f.key) return typedMap(value, f.type, f.scalar);
  if (f.list) {
    const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
    return items.map((item) => typedValue(item, f.type, f.scalar));
  }
  if (value === null || value === undefined) return f.scalar ? undefined : {};
  return typedValue(value, f.type, f.scalar);
}

/**
 * A "Map of K, V" as the JSON transport gives it, an object keyed by the key's text, whether it
 * came so or as JAX-WS's `{ entry: [{ key, value }] }`; empty (or an empty element) is `{}`.
 */
function typedMap(value: unknown, type: string, scalar: boolean): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => k !== 'attributes' && k !== '$xml');
  const pairs: [unknown, unknown][] =
    keys.length === 1 && keys[0] === 'entry'
      ? (Array.isArray(source.entry) ? source.entry : [source.entry]).map((e) => [(e as Record<string, unknown>)?.key, (e as Record<string, unknown>)?.value])
      : keys.map((k) => [k, source[k]]);
  return Object.fromEntries(pairs.filter(([k]) => k !== undefined && k !== null).map(([k, v]) => [String(k), typedValue(v, type, scalar)]));
}

function typedValue(value: unknown, type: string, scalar: boolean): unknown {
  if (!scalar) return typedRecord(value, type);
  if (typeof value !== 'string') return value instanceof Date ? value.toISOString() : value;
  if (isNumeric(type) && /^-?\d+$/.test(value.trim())) return Number(value);
  if (type === 'boolean' && /^(true|false|1|0)$/.test(value.trim())) return value.trim() === 'true' || value.trim() === '1';
  return value;
}
