import { ResultMap } from './ResultMap';

/**
 * The response serializer: arrays become repeated elements, objects nested elements, other
 * values text. Hand-written because it is the hot path for large catalogs and the shapes are
 * simple; fields are written in the object's key order, undefined and null are left out.
 * Lists shared between parents (a product's performances share seat categories and prices)
 * are serialised once per call and reused.
 */
export function toXml(name: string, value: unknown): string {
  return write(name, value, new Map());
}

function write(name: string, value: unknown, shared: Map<unknown[], { name: string; xml: string }>): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const known = shared.get(value);
    if (known?.name === name) return known.xml;
    let out = '';
    for (let i = 0; i < value.length; i++) out += write(name, value[i], shared);
    if (value.length > 1) shared.set(value, { name, xml: out });
    return out;
  }
  if (value instanceof ResultMap) {
    let out = '<' + name + '>';
    for (const [key, item] of value.entries) out += '<entry>' + write('key', key, shared) + write('value', item, shared) + '</entry>';
    return out + '</' + name + '>';
  }
  if (typeof value === 'object') {
    let out = '<' + name + '>';
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) out += write(key, record[key], shared);
    return out + '</' + name + '>';
  }
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
