import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { contractTypes, fieldSpec, generateWsdl, jsonSchemaOf, serviceContracts } from './index';

describe('the SecuTix contract table', () => {
  it('names only record types it defines, and only known scalars', () => {
    const dangling: string[] = [];
    const check = (where: string, fields: Readonly<Record<string, string>>) => {
      for (const [field, spec] of Object.entries(fields)) {
        const f = fieldSpec(spec);
        if (!f.scalar && !contractTypes[f.type]) dangling.push(`${where}.${field}: ${spec}`);
      }
    };
    for (const [name, fields] of Object.entries(contractTypes)) check(name, fields);
    for (const s of serviceContracts) {
      for (const [op, def] of Object.entries(s.operations)) {
        check(`${s.name}.${op}(request)`, def.request);
        if (!contractTypes[def.result]) dangling.push(`${s.name}.${op} → ${def.result}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('gives every result class SecuTix\'s status fields', () => {
    const results = new Set(serviceContracts.flatMap((s) => Object.values(s.operations).map((op) => op.result)));
    for (const name of results) expect(Object.keys(contractTypes[name]).slice(0, 3)).toEqual(['statusCode', 'statusDetail', 'requestId']);
  });

  it('generates a well-formed typed WSDL per service, lists repeated and numbers typed', () => {
    for (const s of serviceContracts) {
      const wsdl = generateWsdl(s, 'http://127.0.0.1/x');
      expect(XMLValidator.validate(wsdl)).toBe(true);
      for (const op of Object.keys(s.operations)) expect(wsdl).toContain(`<operation name="${op}">`);
    }
    const catalog = generateWsdl(serviceContracts.find((s) => s.name === 'CatalogService')!, 'x');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(catalog);
    const types = doc.definitions.types['xsd:schema']['xsd:complexType'] as { '@_name': string; 'xsd:sequence': { 'xsd:element': unknown } }[];
    const product = types.find((t) => t['@_name'] === 'Product')!;
    const elements = [product['xsd:sequence']['xsd:element']].flat() as Record<string, string>[];
    expect(elements.find((e) => e['@_name'] === 'id')).toMatchObject({ '@_type': 'xsd:long', '@_minOccurs': '0' });
    expect(elements.find((e) => e['@_name'] === 'topicIds')).toMatchObject({ '@_type': 'xsd:long', '@_maxOccurs': 'unbounded' });
    expect(elements.find((e) => e['@_name'] === 'event')).toMatchObject({ '@_type': 'tns:Event' });
  });

  it('makes strict JSON schemas: every non-optional field required, nothing else allowed', () => {
    const schema = jsonSchemaOf('ProductAvailabilityResult') as { $defs: Record<string, { required: string[]; additionalProperties: boolean }> };
    expect(schema.$defs.ProductAvailability).toMatchObject({ required: ['productId', 'availability', 'availabilityIndicator', 'lastUpdate'], additionalProperties: false });
    expect(schema.$defs.ProductAvailabilityResult.required).toEqual(['statusCode', 'productAvailabilities']);
    const xml = jsonSchemaOf('ProductAvailabilityResult', { xml: true }) as typeof schema;
    expect(xml.$defs.ProductAvailabilityResult.required).toEqual(['statusCode']);
  });

  it('keeps maps out of the big answers, which clients parse as they stream (packages/secutix-client xmlResultParser reads no map)', () => {
    const maps: string[] = [];
    const walk = (type: string, seen: Set<string>) => {
      if (seen.has(type)) return;
      seen.add(type);
      for (const [field, spec] of Object.entries(contractTypes[type] ?? {})) {
        const f = fieldSpec(spec);
        if (f.key) maps.push(`${type}.${field}`);
        if (!f.scalar) walk(f.type, seen);
      }
    };
    for (const s of serviceContracts) for (const op of Object.values(s.operations)) if (op.large) walk(op.result, new Set());
    expect(maps).toEqual([]);
    expect(fieldSpec('map<long,string>')).toEqual({ type: 'string', list: false, optional: false, scalar: true, key: 'long' });
    expect(() => fieldSpec('map<Cash,string>')).toThrow(/key must be a scalar/);
  });
});
