import { contractTypes, fieldSpec, type ServiceContract } from '@stx/secutix-contract';
import type { Params } from './Transport';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const PASSWORD_TEXT = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

/**
 * The request envelope of an operation we send ourselves (the streamed big answers): the same
 * document node-soap writes from the typed WSDL, WS-Security UsernameToken included, with the
 * parameters as unqualified elements in the contract's field order.
 */
export function soapRequestEnvelope(service: ServiceContract, operation: string, params: Params, credentials: { operator: string; secret: string }): string {
  const request = service.operations[operation]?.request ?? {};
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="${escape(service.namespace)}">`,
    `<soap:Header><wsse:Security xmlns:wsse="${WSSE}" xmlns:wsu="${WSU}"><wsse:UsernameToken wsu:Id="SecurityToken-${Date.now()}">`,
    `<wsse:Username>${escape(credentials.operator)}</wsse:Username><wsse:Password Type="${PASSWORD_TEXT}">${escape(credentials.secret)}</wsse:Password>`,
    '</wsse:UsernameToken></wsse:Security></soap:Header>',
    `<soap:Body><tns:${operation}>${fields(request, params)}</tns:${operation}></soap:Body>`,
    '</soap:Envelope>',
  ].join('');
}

function fields(type: Readonly<Record<string, string>>, values: Params): string {
  let out = '';
  for (const [name, spec] of Object.entries(type)) {
    const value = values[name];
    if (value === undefined || value === null) continue;
    const f = fieldSpec(spec);
    const record = f.scalar ? undefined : contractTypes[f.type];
    if (f.key) {
      // a Map: JAX-WS's entry list
      const entries = Object.entries(value as Params).filter(([, v]) => v !== undefined && v !== null);
      out += `<${name}>${entries.map(([k, v]) => `<entry><key>${escape(k)}</key>${element('value', v, record)}</entry>`).join('')}</${name}>`;
      continue;
    }
    for (const item of f.list && Array.isArray(value) ? value : [value]) out += element(name, item, record);
  }
  return out;
}

function element(name: string, value: unknown, record: Readonly<Record<string, string>> | undefined): string {
  if (record && value !== null && typeof value === 'object') return `<${name}>${fields(record, value as Params)}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
