import { contractTypes, fieldSpec } from '@stx/secutix-contract';
import { ResultMap } from './ResultMap';

/**
 * The response serializer, typed by the SecuTix contract (the table the WSDL is generated from):
 * a record's fields are written in the order its type declares them, which is the order of the
 * WSDL's `xsd:sequence` (strict clients such as Python zeep, JAX-WS or .NET refuse, or silently
 * drop, an element out of its place), whatever the order of the object's keys. Lists become
 * repeated elements, records nested elements, maps JAX-WS's `<entry><key/><value/></entry>`,
 * scalars text; undefined and null are left out, and so is a key the type does not declare (the
 * WSDL has no place for it; the JSON fidelity suite refuses such a key). Hand-written because it
 * is the hot path for large catalogs: each type's layout is worked out once, and lists shared
 * between parents (a product's performances share seat categories and prices) are serialised
 * once per call and reused.
 */
export function toXml(name: string, value: unknown, typeName: string = name): string {
  return write(name, value, { layout: layoutOf(typeName), map: false }, new Map());
}

/** how to write one field: a record's layout (undefined for a scalar), or a map whose values have that layout */
interface Slot {
  layout: Layout | undefined;
  map: boolean;
}

interface Layout {
  type: string;
  fields: Array<{ name: string } & Slot>;
}

const layouts = new Map<string, Layout>();

function layoutOf(typeName: string): Layout {
  let layout = layouts.get(typeName);
  if (!layout) {
    const fields = contractTypes[typeName];
    if (!fields) throw new Error(`no record type ${typeName} in the SecuTix contract`);
    layout = { type: typeName, fields: [] };
    layouts.set(typeName, layout); // before its fields: a type may contain itself
    for (const [field, spec] of Object.entries(fields)) {
      const f = fieldSpec(spec);
      layout.fields.push({ name: field, layout: f.scalar ? undefined : layoutOf(f.type), map: f.key !== undefined });
    }
  }
  return layout;
}

type Shared = Map<unknown[], { name: string; slot: Slot; xml: string }>;

function write(name: string, value: unknown, slot: Slot, shared: Shared): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const known = shared.get(value);
    if (known?.name === name && known.slot.layout === slot.layout && known.slot.map === slot.map) return known.xml;
    let out = '';
    for (let i = 0; i < value.length; i++) out += write(name, value[i], slot, shared);
    if (value.length > 1) shared.set(value, { name, slot, xml: out });
    return out;
  }
  if (slot.map) {
    const entries = value instanceof ResultMap ? value.entries : Object.entries(value as Record<string, unknown>);
    const item: Slot = { layout: slot.layout, map: false };
    let out = '<' + name + '>';
    for (const [key, v] of entries) out += '<entry>' + scalar('key', key) + write('value', v, item, shared) + '</entry>';
    return out + '</' + name + '>';
  }
  const layout = slot.layout;
  if (!layout) {
    if (typeof value === 'object') throw new Error(`${name}: a record where the SecuTix contract has a scalar`);
    return scalar(name, value);
  }
  if (typeof value !== 'object' || value instanceof ResultMap) throw new Error(`${name}: not a ${layout.type} record`);
  const record = value as Record<string, unknown>;
  let out = '<' + name + '>';
  for (const field of layout.fields) out += write(field.name, record[field.name], field, shared);
  return out + '</' + name + '>';
}

function scalar(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  if (text === '') return '<' + name + '/>';
  return '<' + name + '>' + escapeXml(text) + '</' + name + '>';
}

const SPECIAL = /[&<>]/;

export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}
