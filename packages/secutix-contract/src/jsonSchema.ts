import { contractTypes } from './table';
import { fieldSpec, type FieldSpec } from './typeSpec';

type Schema = Record<string, unknown>;

/**
 * A strict JSON Schema (draft 2020-12 subset, as ajv reads it) of one record type: every field the
 * contract lists is required unless marked optional, no other field is allowed, ids and amounts are
 * integers, dates ISO-8601 strings. What an integrator validating our JSON answers would write.
 */
export function jsonSchemaOf(typeName: string, view: SchemaView = {}): Schema {
  const defs: Record<string, Schema> = {};
  const root = refTo(typeName, defs, view);
  return { ...root, $defs: defs };
}

/**
 * `xml`: the same answer as a generic SOAP client parses it, where an empty list is simply no
 * element (so lists may be absent) and an empty record an empty element (node-soap gives null).
 */
export interface SchemaView {
  xml?: boolean;
}

function refTo(name: string, defs: Record<string, Schema>, view: SchemaView): Schema {
  if (!defs[name]) {
    defs[name] = {};
    const fields = contractTypes[name];
    if (!fields) throw new Error(`no record type ${name}`);
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const [field, spec] of Object.entries(fields)) {
      const f = fieldSpec(spec);
      const item = f.key ? map(f, defs, view) : one(f, defs, view);
      properties[field] = f.list ? { type: 'array', items: item } : view.xml && (!f.scalar || f.key) ? { anyOf: [item, { type: 'null' }] } : item;
      if (!f.optional && !(view.xml && f.list)) required.push(field);
    }
    defs[name] = { type: 'object', properties, required, additionalProperties: false };
  }
  return { $ref: `#/$defs/${name}` };
}

/**
 * A map: in JSON an object keyed by the key's text (digits for a numeric key); as a SOAP client
 * parses it, JAX-WS's `{ entry: [{ key, value }] }` (absent entries when empty).
 */
function map(f: FieldSpec, defs: Record<string, Schema>, view: SchemaView): Schema {
  const value = one(f, defs, view);
  const key = one({ ...f, type: f.key!, scalar: true, key: undefined }, defs, view);
  if (!view.xml) return { type: 'object', additionalProperties: value, ...(key.type === 'integer' ? { propertyNames: { pattern: '^-?\\d+$' } } : {}) };
  const entry = { type: 'object', properties: { key, value: f.scalar ? value : { anyOf: [value, { type: 'null' }] } }, required: ['key'], additionalProperties: false };
  return { type: 'object', properties: { entry: { type: 'array', items: entry } }, additionalProperties: false };
}

function one(f: FieldSpec, defs: Record<string, Schema>, view: SchemaView): Schema {
  switch (f.type) {
    case 'string':
      return { type: 'string' };
    case 'long':
    case 'int':
      return { type: 'integer' };
    case 'boolean':
      return { type: 'boolean' };
    case 'dateTime':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' };
    default:
      return refTo(f.type, defs, view);
  }
}
