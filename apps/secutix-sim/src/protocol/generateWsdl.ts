import { escapeAttribute } from './toXml';

/**
 * A document/literal WSDL for one service. Every request and response element is an open
 * sequence (`xsd:any`): the simulator documents its shapes in PROTOCOL.md, and node-soap needs
 * only the operations, the namespace and the address to build requests and read answers.
 */
export function generateWsdl(service: string, namespace: string, operations: readonly string[], location: string): string {
  const ns = escapeAttribute(namespace);
  const open = '<xsd:complexType><xsd:sequence><xsd:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/></xsd:sequence></xsd:complexType>';
  const elements = operations.flatMap((op) => [op, `${op}Response`]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${ns}" targetNamespace="${ns}" name="${service}">`,
    `<types><xsd:schema targetNamespace="${ns}" elementFormDefault="unqualified">`,
    ...elements.map((el) => `<xsd:element name="${el}">${open}</xsd:element>`),
    '</xsd:schema></types>',
    ...elements.map((el) => `<message name="${el}"><part name="parameters" element="tns:${el}"/></message>`),
    `<portType name="${service}">`,
    ...operations.map((op) => `<operation name="${op}"><input message="tns:${op}"/><output message="tns:${op}Response"/></operation>`),
    '</portType>',
    `<binding name="${service}PortBinding" type="tns:${service}"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>`,
    ...operations.map((op) => `<operation name="${op}"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>`),
    '</binding>',
    `<service name="${service}"><port name="${service}Port" binding="tns:${service}PortBinding"><soap:address location="${escapeAttribute(location)}"/></port></service>`,
    '</definitions>',
  ].join('\n');
}
