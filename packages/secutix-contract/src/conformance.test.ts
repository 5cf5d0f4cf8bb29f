import { XMLParser } from 'fast-xml-parser';
import { contractTypes, fieldSpec, generateWsdl, jsonSchemaOf, serviceContracts, type ServiceContract } from './index';
import { serviceReferences, type RefClass, type RefType, type ServiceReference } from './reference';

/**
 * Per operation we simulate, the published reference (src/reference, written from SecuTix's
 * API pages) against the contract table, the typed WSDL generated from it and the strict JSON
 * schema the fidelity suite validates the simulator's answers with: every field the reference
 * lists is there, with its type and list-ness.
 */

/** one field as a source describes it: a scalar kind, `record` or `map`, and whether it repeats */
interface Seen {
  kind: string;
  list: boolean;
  /** the record type's name in that source (a map's value's), to walk into */
  record?: string;
  /** a map's key kind and value kind (`record` for a record) */
  key?: string;
  value?: string;
}
type Source = (typeName: string) => Readonly<Record<string, Seen>> | undefined;

const SCALAR: Record<string, string> = { Long: 'long', long: 'long', Integer: 'int', int: 'int', String: 'string', enum: 'string', boolean: 'boolean', Date: 'dateTime' };

interface Expected {
  kind: string;
  list: boolean;
  refClass?: string;
  key?: string;
  value?: string;
}

function expected(ref: RefType): Expected {
  const map = /^Map of (\w+), ?(\w+)$/.exec(ref);
  if (map) {
    const value = SCALAR[map[2]] ?? 'record';
    return { kind: 'map', list: false, key: SCALAR[map[1]] ?? 'record', value, refClass: value === 'record' ? map[2] : undefined };
  }
  const m = /^(?:List|Set) of (.+)$/.exec(ref);
  const inner = m ? m[1] : ref;
  const kind = SCALAR[inner] ?? 'record';
  return { kind, list: !!m, refClass: kind === 'record' ? inner : undefined };
}

const fieldsOf = (c: RefClass): Record<string, RefType> => Object.assign({}, c.fields, ...(c.more ?? []).map((m) => m.fields));

/** compares the reference's fields of `where` with what `source` gives for its type, walking into records (the service's own classes) */
function compare(
  where: string, refFields: Record<string, RefType>, typeName: string, source: Source, problems: string[], kindsMatch: (want: string, got: string) => boolean,
  classes: Readonly<Record<string, RefClass>>, seen = new Set<string>(),
): void {
  const key = `${where}:${typeName}`;
  if (seen.has(key)) return;
  seen.add(key);
  const actual = source(typeName);
  if (!actual) return void problems.push(`${where}: no type ${typeName}`);
  for (const [field, ref] of Object.entries(refFields)) {
    const at = `${where}.${field}`;
    const want = expected(ref);
    const got = actual[field];
    if (!got) {
      problems.push(`${at}: missing (reference: ${ref})`);
      continue;
    }
    if (got.list !== want.list) problems.push(`${at}: ${got.list ? 'a list' : 'single'}, reference says ${ref}`);
    const same = (w: string, g: string | undefined) => (w === 'record' || w === 'map' ? g === w : g !== undefined && kindsMatch(w, g));
    if (!same(want.kind, got.kind)) problems.push(`${at}: ${got.kind}, reference says ${ref}`);
    else if (want.kind === 'map' && !(same(want.key!, got.key) && same(want.value!, got.value))) problems.push(`${at}: a map of ${got.key} to ${got.value}, reference says ${ref}`);
    const refClass = want.refClass && classes[want.refClass];
    if (refClass && got.record) compare(want.refClass!, fieldsOf(refClass), got.record, source, problems, kindsMatch, classes, seen);
  }
}

const referenceOf = (service: string): ServiceReference | undefined => serviceReferences.find((r) => r.service === service);

/** one read operation of the reference against one source: its parameters, then its result class, field by field */
function checkOperation(ref: ServiceReference, op: string, source: (s: ServiceContract) => Source, kindsMatch: (want: string, got: string) => boolean): string[] {
  const problems: string[] = [];
  const service = serviceContracts.find((s) => s.name === ref.service);
  const def = service?.operations[op];
  if (!service || !def) return [`${ref.service}.${op}: not in the contract`];
  const refOp = ref.operations[op];
  if (def.result !== refOp.result) problems.push(`${ref.service}.${op}: result class ${def.result}, reference ${refOp.result}`);
  const src = source(service);
  const request = Object.assign({}, ...refOp.request.map((g) => g.fields));
  compare(`${ref.service}.${op}(request)`, request, `${op}`, src, problems, kindsMatch, ref.classes);
  const result = ref.classes[refOp.result];
  if (result) compare(refOp.result, fieldsOf(result), def.result, src, problems, kindsMatch, ref.classes);
  return problems;
}

/** every read operation of every service */
function checkAll(source: (s: ServiceContract) => Source, kindsMatch: (want: string, got: string) => boolean): string[] {
  return serviceReferences.flatMap((ref) => Object.keys(ref.operations).flatMap((op) => checkOperation(ref, op, source, kindsMatch)));
}

const exact = (want: string, got: string) => want === got;

/** the contract table itself; an operation's request is looked up under the operation's name */
const fromContract = (s: ServiceContract): Source => (name) => {
  const fields = s.operations[name]?.request ?? contractTypes[name];
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([f, spec]) => {
    const fs = fieldSpec(spec);
    const record = fs.scalar ? undefined : fs.type;
    if (fs.key) return [f, { kind: 'map', list: false, key: fs.key, value: fs.scalar ? fs.type : 'record', record }];
    return [f, { kind: fs.scalar ? fs.type : 'record', list: fs.list, record }];
  }));
};

const XSD_KIND: Record<string, string> = { 'xsd:long': 'long', 'xsd:int': 'int', 'xsd:string': 'string', 'xsd:boolean': 'boolean', 'xsd:dateTime': 'dateTime' };

/** the typed WSDL a SOAP client is generated from */
const fromWsdl = (s: ServiceContract): Source => {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'xsd:complexType' || name === 'xsd:element' }).parse(generateWsdl(s, 'http://127.0.0.1/x'));
  const types = new Map<string, Record<string, Seen>>();
  for (const t of doc.definitions.types['xsd:schema']['xsd:complexType'] as { '@_name': string; 'xsd:sequence': { 'xsd:element'?: Record<string, string>[] } | '' }[]) {
    const elements = (t['xsd:sequence'] && t['xsd:sequence']['xsd:element']) || [];
    types.set(t['@_name'], Object.fromEntries(elements.map((e) => {
      const scalar = XSD_KIND[e['@_type']];
      return [e['@_name'], { kind: scalar ?? 'record', list: e['@_maxOccurs'] === 'unbounded', record: scalar ? undefined : e['@_type'].replace(/^tns:/, '') }];
    })));
  }
  /** a record holding only a list of `entry` records of a `key` and a `value` is a map (JAXB's form) */
  const asMap = (seen: Seen): Seen => {
    const inner = seen.record && types.get(seen.record);
    const entry = inner && Object.keys(inner).length === 1 && inner.entry?.list && inner.entry.record ? types.get(inner.entry.record) : undefined;
    if (seen.list || !entry?.key || !entry.value) return seen;
    return { kind: 'map', list: false, key: entry.key.kind, value: entry.value.kind, record: entry.value.record };
  };
  return (name) => {
    const fields = types.get(name);
    return fields && Object.fromEntries(Object.entries(fields).map(([f, seen]) => [f, asMap(seen)]));
  };
};

/** the strict JSON schema of a result (requests are not answers: their JSON shape is the WSDL's) */
const fromJsonSchema = (s: ServiceContract): Source => {
  const defs: Record<string, { properties: Record<string, Record<string, unknown>> }> = {};
  const wsdl = fromWsdl(s);
  for (const op of Object.values(s.operations)) Object.assign(defs, (jsonSchemaOf(op.result) as { $defs: typeof defs }).$defs);
  const one = (p: Record<string, unknown>): Seen => {
    if (typeof p.$ref === 'string') return { kind: 'record', list: false, record: p.$ref.replace('#/$defs/', '') };
    if (p.type === 'object' && p.additionalProperties) {
      const value = one(p.additionalProperties as Record<string, unknown>);
      return { kind: 'map', list: false, key: p.propertyNames ? 'integer' : 'string', value: value.kind, record: value.record };
    }
    if (p.type === 'integer') return { kind: 'integer', list: false };
    if (p.type === 'string') return { kind: p.pattern ? 'dateTime' : 'string', list: false };
    return { kind: String(p.type), list: false };
  };
  return (name) => {
    const d = s.operations[name] ? undefined : defs[name];
    if (!d) {
      // requests (and the records only they use) are what a JSON client sends: the WSDL's fields, JSON's kinds
      const w = wsdl(name);
      const json = (kind: string | undefined) => (kind === 'long' || kind === 'int' ? 'integer' : kind);
      return w && Object.fromEntries(Object.entries(w).map(([f, seen]) => [f, { ...seen, kind: json(seen.kind)!, key: json(seen.key), value: json(seen.value) }]));
    }
    return Object.fromEntries(Object.entries(d.properties).map(([f, p]) => [f, p.type === 'array' ? { ...one(p.items as Record<string, unknown>), list: true } : one(p)]));
  };
};

const jsonKinds = (want: string, got: string) => got === (want === 'long' || want === 'int' ? 'integer' : want);

/** `Service.operation` of every operation the simulator serves, with how the reference covers it */
const served = serviceContracts.flatMap((s) => Object.keys(s.operations).map((op) => {
  const ref = referenceOf(s.name);
  const how = ref?.operations[op] ? 'read' : ref?.guesses?.[op]?.kind ?? 'missing';
  return { service: s.name, op, how };
}));

describe('conformance with SecuTix\'s published reference (src/reference)', () => {
  it('accounts for every operation the simulator serves: read from a page, or a guess saying why', () => {
    const problems: string[] = [];
    for (const s of serviceContracts) {
      const ref = referenceOf(s.name);
      if (!ref) {
        problems.push(`${s.name}: no reference entry`);
        continue;
      }
      if (s.version !== ref.version) problems.push(`${s.name}: contract version ${s.version}, reference ${ref.version}`);
      if (ref.endpoint && (ref.endpoint.module !== s.module || ref.endpoint.soapPackage !== s.soapPackage)) {
        problems.push(`${s.name}: served under /${s.module}/…${s.soapPackage}, the reference's endpoint is /${ref.endpoint.module}/…${ref.endpoint.soapPackage}`);
      }
      for (const op of Object.keys(s.operations)) {
        const read = ref.operations[op];
        const guess = ref.guesses?.[op];
        if (!read && !guess) problems.push(`${s.name}.${op}: neither read nor marked as a guess`);
        if (read && guess) problems.push(`${s.name}.${op}: both read and a guess`);
        if (guess && guess.result !== s.operations[op].result) problems.push(`${s.name}.${op}: answers ${s.operations[op].result}, the guess says ${guess.result}`);
      }
      for (const op of [...Object.keys(ref.operations), ...Object.keys(ref.guesses ?? {})]) if (!s.operations[op]) problems.push(`${s.name}.${op}: in the reference table, not served`);
    }
    for (const ref of serviceReferences) if (!serviceContracts.some((s) => s.name === ref.service)) problems.push(`${ref.service}: in the reference table, not in the contract`);
    expect(problems).toEqual([]);
    expect(served.filter((o) => o.how === 'missing')).toEqual([]);
  });

  it.each(served.filter((o) => o.how === 'read').map((o) => [`${o.service}.${o.op}`, o]))(
    '%s: every field the reference lists, typed as it types it, in the contract table, the served WSDL and the strict JSON schema',
    (_name, o) => {
      const ref = referenceOf(o.service)!;
      expect(checkOperation(ref, o.op, fromContract, exact)).toEqual([]);
      expect(checkOperation(ref, o.op, fromWsdl, exact)).toEqual([]);
      expect(checkOperation(ref, o.op, fromJsonSchema, jsonKinds)).toEqual([]);
    },
  );

  it('fails on a field the contract lacks or types differently (the check can fail)', () => {
    const broken = (s: ServiceContract): Source => (name) => {
      const fields = fromContract(s)(name);
      if (name !== 'OrderUpdateData' || !fields) return fields;
      const { orderSecretId: _dropped, ...rest } = fields;
      return { ...rest, orderId: { kind: 'string', list: false }, generatedContactQualities: { kind: 'record', list: true, record: 'GeneratedContactQuality' } };
    };
    expect(checkAll(broken, exact)).toEqual(expect.arrayContaining([
      'OrderUpdateData.orderSecretId: missing (reference: String)', 'OrderUpdateData.orderId: string, reference says Long',
      'OrderUpdateData.generatedContactQualities: a list, reference says Map of String, ContactQuality',
      'OrderUpdateData.generatedContactQualities: record, reference says Map of String, ContactQuality',
    ]));
    expect(checkAll(fromContract, exact)).toEqual([]);
  });

  it('cites a reference page and a version for every operation and class, and says why for every guess', () => {
    const cited = /^https:\/\/([a-z.-]+\.secutix\.com\/\w+\/apidocs\/\w+_(latest|v\d+_\d+)\.html|platform\.secutix\.com\/backend\/[\w/]+)$/;
    for (const ref of serviceReferences) {
      for (const op of Object.values(ref.operations)) for (const g of op.request) expect(`${g.page} ${g.version}`).toMatch(new RegExp(`${cited.source.slice(0, -1)} v\\d+_\\d+$`));
      for (const c of Object.values(ref.classes)) for (const g of [c, ...(c.more ?? [])]) expect(g.page).toMatch(cited);
      if (ref.endpoint) expect(ref.endpoint.page).toMatch(cited);
      for (const g of Object.values(ref.guesses ?? {})) expect(g.why.length).toBeGreaterThan(20);
    }
  });
});
