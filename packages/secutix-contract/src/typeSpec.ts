/**
 * The small language the contract is written in, one string per field, as SecuTix's reference
 * pages list them: a scalar (`string`, `long`, `int`, `boolean`, `dateTime`) or the name of a
 * record type, `[]` for a list (a repeated element in SOAP, an array in JSON), `?` for a field
 * that may be absent (nothing to say, e.g. an order's expiration once it is closed).
 */
export type Scalar = 'string' | 'long' | 'int' | 'boolean' | 'dateTime';

/** field name → spec, in wire order */
export type RecordType = Readonly<Record<string, string>>;
export type TypeTable = Readonly<Record<string, RecordType>>;

export interface FieldSpec {
  /** a scalar, or the name of a record type in the table */
  type: string;
  list: boolean;
  optional: boolean;
  scalar: boolean;
}

const SCALARS = new Set<string>(['string', 'long', 'int', 'boolean', 'dateTime']);
const parsed = new Map<string, FieldSpec>();

export function fieldSpec(spec: string): FieldSpec {
  let known = parsed.get(spec);
  if (!known) {
    const optional = spec.endsWith('?');
    const bare = optional ? spec.slice(0, -1) : spec;
    const list = bare.endsWith('[]');
    const type = list ? bare.slice(0, -2) : bare;
    known = { type, list, optional, scalar: SCALARS.has(type) };
    parsed.set(spec, known);
  }
  return known;
}

export function isNumeric(type: string): boolean {
  return type === 'long' || type === 'int';
}
