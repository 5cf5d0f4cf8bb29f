import { contractTypes } from './table';
import { fieldSpec, type FieldSpec } from './typeSpec';

type Schema = Record<string, unknown>;

/**
 * A strict JSON Schema (draft 2020-12 subset, as ajv reads it) of one record type: every field the
 * contract lists is required unless marked optional, no other field is allowed, ids and amounts are
 * integers, dates ISO-8601 strings. What an integrator validating our JSON answers would write.
 */
export function jsonSchemaOf(typeName: string): Schema {
  const defs: Record<string, Schema> = {};
  const root = refTo(typeName, defs);
  return { ...root, $defs: defs };
}

function refTo(name: string, defs: Record<string, Schema>): Schema {
  if (!defs[name]) {
    defs[name] = {};
    const fields = contractTypes[name];
    if (!fields) throw new Error(`no record type ${name}`);
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const [field, spec] of Object.entries(fields)) {
      const f = fieldSpec(spec);
      properties[field] = f.list ? { type: 'array', items: one(f, defs) } : one(f, defs);
      if (!f.optional) required.push(field);
    }
    defs[name] = { type: 'object', properties, required, additionalProperties: false };
  }
  return { $ref: `#/$defs/${name}` };
}

function one(f: FieldSpec, defs: Record<string, Schema>): Schema {
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
      return refTo(f.type, defs);
  }
}
