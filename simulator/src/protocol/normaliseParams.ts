/**
 * The type of each parameter an operation reads; anything else in a request is ignored.
 * `text` is a string kept even when empty, for fields where "" is a value to refuse, not an
 * omission; `{ object }` and `{ list }` are nested records (SecuTix's *Data parameters);
 * `map` a "Map of String, String" (a JSON object; in SOAP JAX-WS's `<entry><key/><value/></entry>`
 * list, or, as older clients send it, one element per key).
 */
export type ParamType = 'number' | 'number[]' | 'string' | 'string[]' | 'text' | 'boolean' | 'map' | { object: ParamSchema } | { list: ParamSchema };
export type ParamSchema = Record<string, ParamType>;
export type ParamValue = number | number[] | string | string[] | boolean | Params | Params[];
export type Params = { [name: string]: ParamValue | undefined };

export type Normalised = { ok: true; params: Params } | { ok: false; detail: string };

class InvalidParam extends Error {}

/**
 * One shape for both transports. XML brings every value as a string and a one-item list as a
 * lone value; JSON may send numbers or numeric strings. Empty values count as absent, except `text`.
 */
export function normaliseParams(raw: Record<string, unknown>, schema: ParamSchema): Normalised {
  try {
    return { ok: true, params: record(raw, schema, '') };
  } catch (err) {
    if (err instanceof InvalidParam) return { ok: false, detail: err.message };
    throw err;
  }
}

function record(raw: Record<string, unknown>, schema: ParamSchema, path: string): Params {
  const params: Params = {};
  for (const [name, type] of Object.entries(schema)) {
    const value = raw[name];
    if (value === undefined || value === null) continue;
    if (value === '' && type !== 'text') continue;
    params[name] = convert(value, type, path + name);
  }
  return params;
}

function convert(value: unknown, type: ParamType, name: string): ParamValue | undefined {
  if (type === 'string' || type === 'text') return scalarText(value, name);
  if (type === 'boolean') return toBoolean(value, name);
  if (type === 'string[]') return present(listOf(value)).map((v) => scalarText(v, name));
  if (type === 'map') return stringMap(toRecord(single(value, name), name), name);
  if (typeof type === 'object' && 'object' in type) return record(toRecord(single(value, name), name), type.object, `${name}.`);
  if (typeof type === 'object') return present(listOf(value)).map((item, i) => record(toRecord(item, `${name}[${i}]`), type.list, `${name}[${i}].`));
  const numbers = present(listOf(value)).map((v) => toNumber(v, name));
  if (type === 'number[]') return numbers;
  if (numbers.length > 1) throw new InvalidParam(`${name} must be a single integer`);
  return numbers[0];
}

function stringMap(raw: Record<string, unknown>, name: string): Params {
  const keys = Object.keys(raw);
  const entries: [unknown, unknown][] =
    keys.length === 1 && keys[0] === 'entry'
      ? present(listOf(raw.entry)).map((e, i) => {
        const entry = toRecord(e, `${name}.entry[${i}]`);
        return [entry.key, entry.value];
      })
      : Object.entries(raw);
  const map: Params = {};
  for (const [key, value] of entries) if (value !== undefined && value !== null) map[scalarText(key, `${name} key`)] = scalarText(value, `${name}.${String(key)}`);
  return map;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function present(items: unknown[]): unknown[] {
  return items.filter((v) => v !== '' && v !== null && v !== undefined);
}

function single(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1) return value[0];
  throw new InvalidParam(`${name} must be given once`);
}

function scalarText(value: unknown, name: string): string {
  const v = single(value, name);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new InvalidParam(`${name} must be a string`);
}

function toRecord(value: unknown, name: string): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new InvalidParam(`${name} must be an object`);
}

function toBoolean(value: unknown, name: string): boolean {
  const v = single(value, name);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  throw new InvalidParam(`${name} must be true or false`);
}

function toNumber(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  throw new InvalidParam(`${name} must hold integers`);
}
