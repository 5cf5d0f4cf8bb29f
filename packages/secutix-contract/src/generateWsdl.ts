import type { ServiceContract } from './services';
import { contractTypes } from './table';
import { fieldSpec, mapTypeName, type FieldSpec } from './typeSpec';

const XSD: Record<string, string> = { string: 'xsd:string', long: 'xsd:long', int: 'xsd:int', boolean: 'xsd:boolean', dateTime: 'xsd:dateTime' };

/**
 * A typed document/literal WSDL 1.1 for one service, JAX-WS style: for each operation an element
 * of its request type and an `<op>Response` element holding one unqualified `<ResultClass>`; one
 * complexType per record type the service uses; lists are `maxOccurs="unbounded"`. Every field is
 * `minOccurs="0"`, as Java objects may be null. SOAP clients built from it (node-soap, JAX-WS,
 * .NET) type numbers, booleans, dates and one-element lists from it.
 */
export function generateWsdl(service: ServiceContract, location: string): string {
  const ns = escape(service.namespace);
  const used = new Set<string>();
  const complexTypes: string[] = [];
  const addType = (name: string, map?: FieldSpec): void => {
    if (used.has(name)) return;
    used.add(name);
    if (map) return void complexTypes.push(...mapTypes(name, map, addType));
    const fields = contractTypes[name];
    if (!fields) throw new Error(`${service.name}: no record type ${name}`);
    complexTypes.push(complexType(name, fields, addType));
  };
  const ops = Object.entries(service.operations);
  const opTypes = ops.flatMap(([op, def]) => {
    addType(def.result);
    return [
      complexType(op, def.request, addType),
      `<xsd:complexType name="${op}Response"><xsd:sequence><xsd:element name="${def.result}" type="tns:${def.result}" minOccurs="0"/></xsd:sequence></xsd:complexType>`,
    ];
  });
  const elements = ops.flatMap(([op]) => [op, `${op}Response`]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${ns}" targetNamespace="${ns}" name="${service.name}">`,
    `<types><xsd:schema targetNamespace="${ns}" elementFormDefault="unqualified" version="1.0">`,
    ...elements.map((el) => `<xsd:element name="${el}" type="tns:${el}"/>`),
    ...opTypes,
    ...complexTypes,
    '</xsd:schema></types>',
    ...elements.map((el) => `<message name="${el}"><part name="parameters" element="tns:${el}"/></message>`),
    `<portType name="${service.name}">`,
    ...ops.map(([op]) => `<operation name="${op}"><input message="tns:${op}"/><output message="tns:${op}Response"/></operation>`),
    '</portType>',
    `<binding name="${service.name}PortBinding" type="tns:${service.name}"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>`,
    ...ops.map(([op]) => `<operation name="${op}"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>`),
    '</binding>',
    `<service name="${service.name}"><port name="${service.name}Port" binding="tns:${service.name}PortBinding"><soap:address location="${escape(location)}"/></port></service>`,
    '</definitions>',
  ].join('\n');
}

function complexType(name: string, fields: Readonly<Record<string, string>>, addType: (name: string, map?: FieldSpec) => void): string {
  const elements = Object.entries(fields).map(([field, spec]) => {
    const f = fieldSpec(spec);
    if (f.key) {
      addType(mapTypeName(f), f);
      return `<xsd:element name="${field}" type="tns:${mapTypeName(f)}" minOccurs="0"/>`;
    }
    if (!f.scalar) addType(f.type);
    const type = f.scalar ? XSD[f.type] : `tns:${f.type}`;
    return `<xsd:element name="${field}" type="${type}" minOccurs="0"${f.list ? ' maxOccurs="unbounded"' : ''}/>`;
  });
  return `<xsd:complexType name="${name}"><xsd:sequence>${elements.join('')}</xsd:sequence></xsd:complexType>`;
}

/** a Map as JAXB writes it: a list of `entry` elements, each a `key` and a `value` */
function mapTypes(name: string, f: FieldSpec, addType: (name: string) => void): string[] {
  if (!f.scalar) addType(f.type);
  const value = f.scalar ? XSD[f.type] : `tns:${f.type}`;
  return [
    `<xsd:complexType name="${name}"><xsd:sequence><xsd:element name="entry" type="tns:${name}Entry" minOccurs="0" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType>`,
    `<xsd:complexType name="${name}Entry"><xsd:sequence><xsd:element name="key" type="${XSD[f.key!]}" minOccurs="0"/><xsd:element name="value" type="${value}" minOccurs="0"/></xsd:sequence></xsd:complexType>`,
  ];
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
