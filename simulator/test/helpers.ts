import { createHmac } from 'node:crypto';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src';

export const CATALOG_SOAP = '/tnseb/external-remoting/com.secutix.service.realtime.catalog.v1_33.CatalogService.webservice';
export const AVAILABILITY_SOAP = '/tnseb/external-remoting/com.secutix.service.realtime.availability.v1_33.AvailabilityService.webservice';
export const CONTACT_INFO_SOAP = '/tnco/external-remoting/com.secutix.service.contact.v2_21.ContactInformationPublicService.webservice';
export const CONTACT_AUTH_SOAP = '/tnco/external-remoting/com.secutix.service.contact.v2_21.ContactAuthenticationPublicService.webservice';

/** REST-RPC prefixes written out, so a change to the simulator's path building fails the tests. */
const JSON_PREFIXES = {
  catalogService: '/tnseb/backend-apis/catalogService/v1_33/',
  availabilityService: '/tnseb/backend-apis/availabilityService/v1_33/',
  contactInformationPublicService: '/tnco/backend-apis/contactInformationPublicService/v2_21/',
  contactAuthenticationPublicService: '/tnco/backend-apis/contactAuthenticationPublicService/v2_21/',
};
export type JsonService = keyof typeof JSON_PREFIXES;

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2026-03-02T09:00:00.000Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

export function startTestSimulator(options: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return startSimulator({ port: 0, latency: 'none', ...options });
}

export function signJwt(claims: Record<string, unknown>, secret = 'demo-secret'): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export function validJwt(nowMs: number, overrides: Record<string, unknown> = {}): string {
  const iat = Math.floor(nowMs / 1000);
  return signJwt({ sub: 'DEMO', aud: 'DEMO_B2C', iss: 'Test partner', iat, exp: iat + 30, ...overrides });
}

export async function callJson(sim: Simulator, service: JsonService, method: string, body: unknown, token: string | undefined) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${sim.url}${JSON_PREFIXES[service]}${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function admin(sim: Simulator, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sim.url}/__admin/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

export function soapEnvelope(service: string, operation: string, inner: string, username = 'DEMO_B2C', password = 'demo-secret'): string {
  return `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="http://v1_33.${service}.service.secutix.com">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken wsu:Id="UsernameToken-1">
        <wsse:Username>${username}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${password}</wsse:Password>
        <wsse:Nonce>abc</wsse:Nonce>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><v1:${operation}>${inner}</v1:${operation}></soapenv:Body>
</soapenv:Envelope>`;
}

export async function postSoap(sim: Simulator, path: string, envelope: string) {
  const res = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' }, body: envelope });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
