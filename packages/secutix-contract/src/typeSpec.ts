/**
 * The small language the contract is written in, one string per field, as SecuTix's reference
 * pages list them: a scalar (`string`, `long`, `int`, `boolean`, `dateTime`) or the name of a
 * record type, `[]` for a list (a repeated element in SOAP, an array in JSON), `?` for a field
 * that may be absent (nothing to say, e.g. an order's expiration once it is closed), and
 * `map<K,V>` for the pages' "Map of K, V" (a scalar key K, a scalar or record value V): a JSON
 * object keyed by the key's text, in SOAP JAX-WS's `<entry><key/><value/></entry>` list.
 */
export type Scalar = 'string' | 'long' | 'int' | 'boolean' | 'dateTime';

/** field name → spec, in wire order */
export type RecordType = Readonly<Record<string, string>>;
export type TypeTable = Readonly<Record<string, RecordType>>;

export interface FieldSpec {
  /** a scalar, or the name of a record type in the table; for a map, its values' */
  type: string;
  list: boolean;
  optional: boolean;
  scalar: boolean;
  /** a map's key type (a scalar); undefined for anything but a map */
  key?: Scalar;
}

const SCALARS = new Set<string>(['string', 'long', 'int', 'boolean', 'dateTime']);
const MAP = /^map<(\w+),(\w+)>$/;
const parsed = new Map<string, FieldSpec>();

export function fieldSpec(spec: string): FieldSpec {
  let known = parsed.get(spec);
  if (!known) {
    const optional = spec.endsWith('?');
    const bare = optional ? spec.slice(0, -1) : spec;
    const map = MAP.exec(bare);
    if (map) {
      if (!SCALARS.has(map[1])) throw new Error(`${spec}: a map's key must be a scalar`);
      known = { type: map[2], list: false, optional, scalar: SCALARS.has(map[2]), key: map[1] as Scalar };
    } else {
      const list = bare.endsWith('[]');
      const type = list ? bare.slice(0, -2) : bare;
      known = { type, list, optional, scalar: SCALARS.has(type) };
    }
    parsed.set(spec, known);
  }
  return known;
}

export function isNumeric(type: string): boolean {
  return type === 'long' || type === 'int';
}

/** the WSDL's name of a map type: `LongStringMap`, its entries `LongStringMapEntry` */
export function mapTypeName(f: FieldSpec): string {
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  return `${cap(f.key ?? 'string')}${cap(f.type)}Map`;
}
