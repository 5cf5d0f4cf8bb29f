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
      const item = one(f, defs, view);
      properties[field] = f.list ? { type: 'array', items: item } : view.xml && !f.scalar ? { anyOf: [item, { type: 'null' }] } : item;
      if (!f.optional && !(view.xml && f.list)) required.push(field);
    }
    defs[name] = { type: 'object', properties, required, additionalProperties: false };
  }
  return { $ref: `#/$defs/${name}` };
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
