import { contractTypes, fieldSpec, isNumeric } from '@stx/secutix-contract';

/** scalar kinds, resolved once per field (the hot path reads no module bindings) */
const TEXT = 0;
const INTEGER = 1;
const BOOLEAN = 2;

/**
 * A streaming reader of one SOAP answer, typed by the SecuTix contract while it reads: the
 * result class element under `Body/<op>Response` becomes the same object the JSON transport
 * gives (lists as arrays, absent lists `[]`, numbers and booleans typed). Written for the big
 * answers (getCatalogDetailed: 150 MB of XML for 20,000 products), where node-soap, sax and
 * fast-xml-parser take 10 to 30 times as long as JSON.parse (docs/secutix/contract.md, "Big
 * answers"). It reads the XML SecuTix writes: elements and text, entities, comments, CDATA;
 * attributes are skipped (only the envelope has them), DTDs are not read.
 */
export class XmlResultParser {
  private leftover = '';
  private depth = 0;
  /** frames of the result tree, reused from one element to the next (no garbage per element) */
  private readonly frames: Frame[] = [];
  private top = -1;
  private result: Record<string, unknown> | undefined;
  private inBody = false;
  private responseDepth = -1;
  private faultDepth = -1;
  private fault = '';
  /** the current element's text: what was joined so far, plus a span of the chunk not yet copied */
  private text = '';
  private spanSource = '';
  private spanFrom = 0;
  private spanTo = 0;
  private readonly shortTexts: (string | undefined)[] = new Array(SHORT_TEXTS);

  constructor(private readonly resultClass: string) {}

  write(chunk: string): void {
    const s = this.leftover === '' ? chunk : this.leftover + chunk;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt === -1) break;
      if (lt > i && (this.top >= 0 ? this.frames[this.top].kind !== RECORD : this.faultDepth !== -1)) this.addText(s, i, lt);
      const next = s.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        const end = this.special(s, lt);
        if (end === -1) {
          i = lt;
          break;
        }
        i = end;
        continue;
      }
      if (next === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt === -1) {
          i = lt;
          break;
        }
        this.onClose(s, lt + 2, gt);
        i = gt + 1;
        continue;
      }
      if (next === 63 /* ? */) {
        const gt = s.indexOf('?>', lt + 2);
        if (gt === -1) {
          i = lt;
          break;
        }
        i = gt + 2;
        continue;
      }
      // the local name: after any prefix, up to a space, a slash or the end of the tag
      let from = lt + 1;
      let end = from;
      let c = 0;
      for (; end < n; end++) {
        c = s.charCodeAt(end);
        if (c === 62 /* > */ || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
        if (c === 58 /* : */) from = end + 1;
      }
      // most tags end right after their name; others carry attributes (skipped) or close themselves
      const gt = c === 62 ? end : s.indexOf('>', end);
      if (gt === -1 || end === n) {
        i = lt;
        break;
      }
      this.onOpen(s, from, end);
      if (s.charCodeAt(gt - 1) === 47) this.onClose(s, from, end);
      i = gt + 1;
    }
    this.leftover = i < n ? s.slice(i) : '';
    // a span must not outlive its chunk's string
    if (this.spanSource !== '') this.keepSpan();
  }

  /** Text of the current element: kept as a span of the chunk while it is one piece (no copy). */
  private addText(s: string, from: number, to: number): void {
    if (this.spanSource === '' && this.text === '') {
      this.spanSource = s;
      this.spanFrom = from;
      this.spanTo = to;
      return;
    }
    if (this.spanSource !== '') this.keepSpan();
    this.text += s.slice(from, to);
  }

  private keepSpan(): void {
    this.text += this.spanSource.slice(this.spanFrom, this.spanTo);
    this.spanSource = '';
  }

  private takeText(): string {
    if (this.spanSource !== '') this.keepSpan();
    const text = this.text;
    this.text = '';
    return text;
  }

  private clearText(): void {
    this.text = '';
    this.spanSource = '';
  }

  /**
   * A short text of the span (codes, locales, states) from a small cache: the same few strings
   * repeat a hundred thousand times in a catalog, and a copy each time is work for the collector.
   */
  private spanShortText(): string | undefined {
    if (this.spanSource === '' || this.text !== '') return undefined;
    const s = this.spanSource;
    const from = this.spanFrom;
    const length = this.spanTo - from;
    if (length > 12) return undefined;
    let hash = length;
    for (let k = from; k < this.spanTo; k++) {
      const c = s.charCodeAt(k);
      if (c === 38 /* & */) return undefined;
      hash = (hash * 31 + c) | 0;
    }
    const slot = hash & (SHORT_TEXTS - 1);
    const known = this.shortTexts[slot];
    this.spanSource = '';
    if (known !== undefined && known.length === length && s.startsWith(known, from)) return known;
    const text = s.slice(from, this.spanTo);
    this.shortTexts[slot] = text;
    return text;
  }

  /** an integer written in the span, or undefined when it is anything else (then read as text) */
  private spanInteger(): number | undefined {
    if (this.spanSource === '' || this.text !== '') return undefined;
    const s = this.spanSource;
    let k = this.spanFrom;
    const end = this.spanTo;
    const negative = s.charCodeAt(k) === 45;
    if (negative) k++;
    if (k >= end || end - k > 15) return undefined;
    let value = 0;
    for (; k < end; k++) {
      const digit = s.charCodeAt(k) - 48;
      if (digit < 0 || digit > 9) return undefined;
      value = value * 10 + digit;
    }
    this.spanSource = '';
    return negative ? -value : value;
  }

  /** The result object; throws when the answer held no result element (a fault, or not SOAP). */
  end(): Record<string, unknown> {
    if (this.fault !== '') throw new SoapFaultError(this.fault);
    if (!this.result) throw new Error(`the answer holds no ${this.resultClass} element`);
    return this.result;
  }

  /** comments and CDATA; returns the index after them, or -1 when they run past this chunk */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end === -1) return -1;
      this.addText(s, lt + 9, end);
      return end + 3;
    }
    const gt = s.indexOf('>', lt);
    return gt === -1 ? -1 : gt + 1;
  }

  private push(kind: number, name: string, obj: Record<string, unknown> | undefined, list: boolean, type: CompiledType, scalar: number): void {
    const index = ++this.top;
    const frame = this.frames[index];
    if (frame === undefined) {
      this.frames.push({ kind, name, obj, list, type, scalar });
      return;
    }
    frame.kind = kind;
    frame.name = name;
    frame.obj = obj;
    frame.list = list;
    frame.type = type;
    frame.scalar = scalar;
  }

  private onOpen(s: string, from: number, end: number): void {
    this.depth++;
    if (this.top >= 0) {
      const top = this.frames[this.top];
      this.clearText();
      if (top.kind === RECORD) {
        // the field found in place, so the name is the contract's string, not a fresh copy
        const field = fieldAt(top.type, s, from, end);
        if (field === undefined) this.push(UNTYPED, s.slice(from, end), undefined, false, EMPTY, TEXT);
        else if (field.scalar) this.push(SCALAR, field.name, undefined, field.list, EMPTY, field.scalarKind);
        else {
          const type = field.compiled ?? (field.compiled = compiled(field.type));
          this.push(RECORD, field.name, new type.create(), field.list, type, TEXT);
        }
      } else {
        // an element inside an unknown one or inside a scalar: kept as untyped data
        if (top.kind === SCALAR) top.kind = UNTYPED;
        top.obj ??= {};
        this.push(UNTYPED, s.slice(from, end), undefined, false, EMPTY, TEXT);
      }
      return;
    }
    const name = s.slice(from, end);
    if (!this.inBody) {
      if (name === 'Body') this.inBody = true;
      return;
    }
    if (this.faultDepth !== -1) {
      this.clearText();
      return;
    }
    if (this.responseDepth === -1) {
      if (name === 'Fault') this.faultDepth = this.depth;
      else this.responseDepth = this.depth;
      return;
    }
    if (name === this.resultClass && this.depth === this.responseDepth + 1) {
      const type = compiled(name);
      this.push(RECORD, name, new type.create(), false, type, TEXT);
    }
  }

  private onClose(s: string, from: number, to: number): void {
    this.depth--;
    if (this.faultDepth !== -1) {
      if (s.endsWith('faultstring', to) && this.fault === '') this.fault = decode(this.takeText().trim());
      if (this.depth < this.faultDepth) this.faultDepth = -1;
      return;
    }
    if (this.top < 0) return;
    const frame = this.frames[this.top--];
    let value: unknown;
    if (frame.kind === SCALAR) {
      value = frame.scalar === INTEGER ? this.spanInteger() : frame.scalar === TEXT ? this.spanShortText() : undefined;
      if (value === undefined) value = scalarValue(decode(this.takeText()), frame.scalar);
    }
    else if (frame.kind === UNTYPED) value = frame.obj ?? decode(this.takeText());
    else {
      const obj = frame.obj as Record<string, unknown>;
      const lists = frame.type.lists;
      for (let k = 0; k < lists.length; k++) if (obj[lists[k]] === undefined) obj[lists[k]] = [];
      value = obj;
    }
    this.clearText();
    if (this.top < 0) {
      this.result = value as Record<string, unknown>;
      return;
    }
    const target = this.frames[this.top].obj as Record<string, unknown>;
    const name = frame.name;
    if (frame.list) {
      const list = target[name] as unknown[] | undefined;
      if (list) list.push(value);
      else target[name] = [value];
    } else if (frame.kind === UNTYPED && target[name] !== undefined) {
      const known = target[name];
      target[name] = Array.isArray(known) ? [...known, value] : [known, value];
    } else target[name] = value;
    frame.obj = undefined;
  }
}

/** A SOAP fault read from the answer; `message` is the faultstring. */
export class SoapFaultError extends Error {}

/** slots of the short-text cache (a power of two) */
const SHORT_TEXTS = 4096;

const RECORD = 0;
const SCALAR = 1;
const UNTYPED = 2;

interface CompiledField {
  name: string;
  type: string;
  list: boolean;
  scalar: boolean;
  scalarKind: number;
  compiled?: CompiledType;
}

interface CompiledType {
  fields: CompiledField[];
  /** lists that are `[]` when absent (not those the contract marks optional) */
  lists: string[];
  /**
   * Records are built with `new` on a constructor of their own (prototype Object.prototype): V8
   * then sizes them for the fields seen, where `{}` would regrow each one past four fields.
   */
  create: new () => Record<string, unknown>;
}

interface Frame {
  kind: number;
  name: string;
  obj: Record<string, unknown> | undefined;
  list: boolean;
  type: CompiledType;
  scalar: number;
}

const EMPTY: CompiledType = { fields: [], lists: [], create: recordConstructor() };
const compiledTypes = new Map<string, CompiledType>();

function recordConstructor(): new () => Record<string, unknown> {
  const Record = function Record() {} as unknown as new () => Record<string, unknown>;
  Record.prototype = Object.prototype;
  return Record;
}

function compiled(name: string): CompiledType {
  let type = compiledTypes.get(name);
  if (!type) {
    const fields: CompiledField[] = [];
    const lists: string[] = [];
    for (const [field, spec] of Object.entries(contractTypes[name] ?? {})) {
      const f = fieldSpec(spec);
      const scalarKind = isNumeric(f.type) ? INTEGER : f.type === 'boolean' ? BOOLEAN : TEXT;
      fields.push({ name: field, type: f.type, list: f.list, scalar: f.scalar, scalarKind });
      if (f.list && !f.optional) lists.push(field);
    }
    type = { fields, lists, create: recordConstructor() };
    compiledTypes.set(name, type);
  }
  return type;
}

/** the field whose name is written at s[from, end), compared in place */
function fieldAt(type: CompiledType, s: string, from: number, end: number): CompiledField | undefined {
  const length = end - from;
  const fields = type.fields;
  for (let k = 0; k < fields.length; k++) {
    const name = fields[k].name;
    if (name.length === length && s.startsWith(name, from)) return fields[k];
  }
  return undefined;
}

function scalarValue(text: string, kind: number): unknown {
  if (kind === INTEGER) {
    const value = Number(text);
    return text !== '' && Number.isInteger(value) ? value : text;
  }
  if (kind === BOOLEAN) {
    const trimmed = text.trim();
    return trimmed === 'true' || trimmed === '1' ? true : trimmed === 'false' || trimmed === '0' ? false : text;
  }
  return text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}
