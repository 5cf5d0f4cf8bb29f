import { XMLParser } from 'fast-xml-parser';
import { contractTypes, fieldSpec, generateWsdl, jsonSchemaOf, serviceContracts, type ServiceContract } from './index';
import { serviceReferences, type RefClass, type RefType } from './reference';

/**
 * Per operation we simulate, the published reference (src/reference, written from SecuTix's
 * API pages) against the contract table, the typed WSDL generated from it and the strict JSON
 * schema the fidelity suite validates the simulator's answers with: every field the reference
 * lists is there, with its type and list-ness.
 */

/** Where the table cannot say what the reference says, each with why (docs/secutix/contract.md). */
const KNOWN_DIVERGENCES: Readonly<Record<string, string>> = {
  'OrderUpdateData.generatedContactQualities':
    'a Map of String to ContactQuality: JSON gives an object keyed by string, JAX-WS an <entry> list; the table has no map type, we send a list of qualities',
  'PaymentInfo.paymentAdditionalData': 'a Map of String to String; the table has no map type, we take the keys we know (returnUrl) as a record',
};

/** one field as a source describes it: a scalar kind or `record`, and whether it repeats */
interface Seen {
  kind: string;
  list: boolean;
  /** the record type's name in that source, to walk into */
  record?: string;
}
type Source = (typeName: string) => Readonly<Record<string, Seen>> | undefined;

const SCALAR: Record<string, string> = { Long: 'long', long: 'long', Integer: 'int', int: 'int', String: 'string', enum: 'string', boolean: 'boolean', Date: 'dateTime' };

function expected(ref: RefType): { kind: string; list: boolean; refClass?: string } | 'map' {
  if (ref.startsWith('Map of ')) return 'map';
  const m = /^(?:List|Set) of (.+)$/.exec(ref);
  const inner = m ? m[1] : ref;
  const kind = SCALAR[inner] ?? 'record';
  return { kind, list: !!m, refClass: kind === 'record' ? inner : undefined };
}

const classes: Record<string, RefClass> = Object.assign({}, ...serviceReferences.map((s) => s.classes));
const fieldsOf = (c: RefClass): Record<string, RefType> => Object.assign({}, c.fields, ...(c.more ?? []).map((m) => m.fields));

/** compares the reference's fields of `where` with what `source` gives for its type, walking into records */
function compare(where: string, refFields: Record<string, RefType>, typeName: string, source: Source, problems: string[], kindsMatch: (want: string, got: string) => boolean, seen = new Set<string>()): void {
  const key = `${where}:${typeName}`;
  if (seen.has(key)) return;
  seen.add(key);
  const actual = source(typeName);
  if (!actual) return void problems.push(`${where}: no type ${typeName}`);
  for (const [field, ref] of Object.entries(refFields)) {
    const at = `${where}.${field}`;
    const want = expected(ref);
    if (want === 'map') {
      if (!KNOWN_DIVERGENCES[`${where}.${field}`] && !actual[field]) problems.push(`${at}: missing (reference: ${ref})`);
      continue;
    }
    const got = actual[field];
    if (!got) {
      problems.push(`${at}: missing (reference: ${ref})`);
      continue;
    }
    if (got.list !== want.list) problems.push(`${at}: ${got.list ? 'a list' : 'single'}, reference says ${ref}`);
    if (want.kind === 'record' ? got.kind !== 'record' : !kindsMatch(want.kind, got.kind)) problems.push(`${at}: ${got.kind}, reference says ${ref}`);
    const refClass = want.refClass && classes[want.refClass];
    if (refClass && got.record) compare(want.refClass!, fieldsOf(refClass), got.record, source, problems, kindsMatch, seen);
  }
}

function checkAll(source: (s: ServiceContract) => Source, kindsMatch: (want: string, got: string) => boolean): string[] {
  const problems: string[] = [];
  for (const ref of serviceReferences) {
    const service = serviceContracts.find((s) => s.name === ref.service);
    if (!service) {
      problems.push(`${ref.service}: not in the contract`);
      continue;
    }
    if (service.version !== ref.version) problems.push(`${ref.service}: contract version ${service.version}, reference ${ref.version}`);
    const src = source(service);
    for (const [op, refOp] of Object.entries(ref.operations)) {
      const def = service.operations[op];
      if (!def) {
        problems.push(`${ref.service}.${op}: not in the contract`);
        continue;
      }
      if (def.result !== refOp.result) problems.push(`${ref.service}.${op}: result class ${def.result}, reference ${refOp.result}`);
      const request = Object.assign({}, ...refOp.request.map((g) => g.fields));
      compare(`${ref.service}.${op}(request)`, request, `${op}`, src, problems, kindsMatch);
      const result = classes[refOp.result];
      if (result) compare(refOp.result, fieldsOf(result), def.result, src, problems, kindsMatch);
    }
  }
  return problems;
}

const exact = (want: string, got: string) => want === got;

/** the contract table itself; an operation's request is looked up under the operation's name */
const fromContract = (s: ServiceContract): Source => (name) => {
  const fields = s.operations[name]?.request ?? contractTypes[name];
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([f, spec]) => {
    const fs = fieldSpec(spec);
    return [f, { kind: fs.scalar ? fs.type : 'record', list: fs.list, record: fs.scalar ? undefined : fs.type }];
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
  return (name) => types.get(name);
};

/** the strict JSON schema of a result (requests are not answers: their JSON shape is the WSDL's) */
const fromJsonSchema = (s: ServiceContract): Source => {
  const defs: Record<string, { properties: Record<string, Record<string, unknown>> }> = {};
  const wsdl = fromWsdl(s);
  for (const op of Object.values(s.operations)) Object.assign(defs, (jsonSchemaOf(op.result) as { $defs: typeof defs }).$defs);
  const one = (p: Record<string, unknown>): Seen => {
    if (typeof p.$ref === 'string') return { kind: 'record', list: false, record: p.$ref.replace('#/$defs/', '') };
    if (p.type === 'integer') return { kind: 'integer', list: false };
    if (p.type === 'string') return { kind: p.pattern ? 'dateTime' : 'string', list: false };
    return { kind: String(p.type), list: false };
  };
  return (name) => {
    const d = s.operations[name] ? undefined : defs[name];
    if (!d) {
      // requests (and the records only they use) are what a JSON client sends: the WSDL's fields, JSON's kinds
      const w = wsdl(name);
      return w && Object.fromEntries(Object.entries(w).map(([f, seen]) => [f, { ...seen, kind: seen.kind === 'long' || seen.kind === 'int' ? 'integer' : seen.kind }]));
    }
    return Object.fromEntries(Object.entries(d.properties).map(([f, p]) => [f, p.type === 'array' ? { ...one(p.items as Record<string, unknown>), list: true } : one(p)]));
  };
};

describe('conformance with SecuTix\'s published reference (src/reference)', () => {
  it('reads every field the reference lists for the operations we simulate in the contract table, typed as the reference types it', () => {
    expect(checkAll(fromContract, exact)).toEqual([]);
  });

  it('types them so in the served WSDL', () => {
    expect(checkAll(fromWsdl, exact)).toEqual([]);
  });

  it('requires them so in the strict JSON schemas the fidelity suite validates the simulator\'s answers with', () => {
    expect(checkAll(fromJsonSchema, (want, got) => got === (want === 'long' || want === 'int' ? 'integer' : want))).toEqual([]);
  });

  it('fails on a field the contract lacks or types differently (the check can fail)', () => {
    const broken = (s: ServiceContract): Source => (name) => {
      const fields = fromContract(s)(name);
      if (name !== 'OrderUpdateData' || !fields) return fields;
      const { orderSecretId: _dropped, ...rest } = fields;
      return { ...rest, orderId: { kind: 'string', list: false } };
    };
    expect(checkAll(broken, exact)).toEqual(expect.arrayContaining(['OrderUpdateData.orderSecretId: missing (reference: String)', 'OrderUpdateData.orderId: string, reference says Long']));
  });

  it('cites a reference page and a version for every operation and class', () => {
    for (const ref of serviceReferences) {
      for (const op of Object.values(ref.operations)) for (const g of op.request) expect(g.page).toMatch(/^https:\/\/[a-z.-]+\.secutix\.com\/\w+\/apidocs\/\w+_(latest|v\d+_\d+)\.html$/);
      for (const c of Object.values(ref.classes)) expect(`${c.page} ${c.version}`).toMatch(/apidocs\/\w+\.html v\d+_\d+$/);
    }
  });
});
