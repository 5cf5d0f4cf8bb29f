import { XMLParser } from 'fast-xml-parser';
import * as soap from 'soap';
import type { Simulator } from '../src';
import { admin, CONTACT_AUTH_SOAP, CONTACT_INFO_SOAP, startTestSimulator } from './helpers';
import { recordingSimulator, schemaViolations } from './soapSchema';

const INFO_NS = 'http://v2_21.ContactInformationPublicService.service.secutix.com/';
const AUTH_NS = 'http://v2_21.ContactAuthenticationPublicService.service.secutix.com/';

/** The contact services through the real node-soap client, as packages/secutix-client calls them. */
describe('contact services over SOAP', () => {
  const soapSim = recordingSimulator();

  async function client(path: string): Promise<soap.Client> {
    const c = await soap.createClientAsync(`${soapSim.sim.url}${path}?wsdl`);
    c.setSecurity(new soap.WSSecurity('DEMO_B2C', 'demo-secret'));
    return c;
  }

  it('serves each WSDL under tnco with the v2_21 namespace, trailing slash included', async () => {
    for (const [path, ns] of [[CONTACT_INFO_SOAP, INFO_NS], [CONTACT_AUTH_SOAP, AUTH_NS]]) {
      const res = await fetch(`${soapSim.sim.url}${path}?wsdl`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`targetNamespace="${ns}"`);
    }
  });

  it('getContactData returns Alice\'s fields directly under ContactDataResult, typed, with a lone details item read as a list', async () => {
    const c = await client(CONTACT_INFO_SOAP);
    const [result, rawResponse, , rawRequest] = await c.getContactDataAsync({ contactNumber: '1000001', details: ['ADDRESSES'] });
    expect(rawRequest).toContain('<details>ADDRESSES</details>');
    expect(rawResponse).toContain(`<ns2:getContactDataResponse xmlns:ns2="${INFO_NS}">`);
    const r = result.ContactDataResult;
    expect(r.statusCode).toBe('success');
    expect(r).toMatchObject({ contactNumber: '1000001', type: 'INDIVIDUAL', role: 'PUBLIC', guest: false });
    expect(r.addresses).toEqual([expect.objectContaining({ addressId: 80001, isMain: true, locality: 'Lausanne', countryCode: 'CH' })]);
    // only the section asked for
    expect(r.individualContact).toBeUndefined();
    expect(r.indicators).toBeUndefined();
  });

  it('reads the character references node-soap writes for a tab, a line break and an accent as those characters', async () => {
    const c = await client(CONTACT_INFO_SOAP);
    const name = 'Zoë\tA\r\nB &#x9; <x>';
    const [updated, , , rawRequest] = await c.updateContactDataAsync({ contactNumber: '1000002', individualContact: { individualFirstname: name } });
    expect(rawRequest).toContain('&#x9;A&#xD;&#xA;B &amp;#x9; &lt;x&gt;');
    expect(updated.WebMethodResult?.statusCode ?? updated.statusCode).toBe('success');
    const [read] = await c.getContactDataAsync({ contactNumber: '1000002', details: ['GENERAL'] });
    expect(read.ContactDataResult.individualContact.individualFirstname).toBe(name);
  });

  it('refuses as malformed what an XML parser refuses: a DTD, a character XML has no place for, an undeclared entity', async () => {
    const envelope = (firstName: string, prolog = '') =>
      `${prolog}<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v2="${INFO_NS}">
      <soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken>
      <wsse:Username>DEMO_B2C</wsse:Username><wsse:Password>demo-secret</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>
      <soapenv:Body><v2:updateContactData><contactNumber>1000002</contactNumber><individualContact><individualFirstname>${firstName}</individualFirstname></individualContact></v2:updateContactData></soapenv:Body></soapenv:Envelope>`;
    const post = async (body: string) => {
      const res = await fetch(`${soapSim.sim.url}${CONTACT_INFO_SOAP}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
      return [res.status, /<faultstring>([^<]*)</.exec(await res.text())?.[1]];
    };
    for (const body of [envelope('a\u0000b'), envelope('a&#0;b'), envelope('a&#x1F;b'), envelope('a&#x110000;b'), envelope('a&nbsp;b'), envelope('Eve', '<!DOCTYPE x [<!ENTITY e "Eve">]>')]) {
      expect(await post(body)).toEqual([500, 'error.malformedRequest']);
    }
    expect((await post(envelope('Zo&#xEB;')))[0]).toBe(200);
    // in a CDATA section or a comment, `&` is only text
    expect((await post(envelope('<![CDATA[Tom &nbsp; &#0; Jerry]]><!-- &bogus; -->')))[0]).toBe(200);
  });

  it('getContactData of an unknown contact is error.contact.notFound, not a fault', async () => {
    const c = await client(CONTACT_INFO_SOAP);
    const [result] = await c.getContactDataAsync({ contactNumber: '999' });
    expect(result.ContactDataResult.statusCode).toBe('error.contact.notFound');
  });

  it('authenticate reads the nested contactAuthenticationData, its boolean and number as strings', async () => {
    const c = await client(CONTACT_AUTH_SOAP);
    const [result, rawResponse, , rawRequest] = await c.authenticateAsync({
      contactAuthenticationData: { login: 'alice@example.com', password: 'alice-demo-password', rememberMe: true, pointOfSalesId: 1001 },
    });
    expect(rawRequest).toContain('<contactAuthenticationData><login>alice@example.com</login>');
    expect(rawResponse).toContain(`xmlns:ns2="${AUTH_NS}"`);
    const r = result.ContactAuthenticationResult;
    expect(r).toMatchObject({ statusCode: 'success', contactNumber: '1000001', identification: 'alice@example.com' });
    expect(r.uniqueToken).toEqual(expect.stringMatching(/^[\w-]{40,}$/));
    expect(rawResponse).not.toContain('alice-demo-password');
  });

  it('authenticate with a wrong password answers invalidCredentials', async () => {
    const c = await client(CONTACT_AUTH_SOAP);
    const [result] = await c.authenticateAsync({ contactAuthenticationData: { login: 'alice@example.com', password: 'nope', rememberMe: false } });
    expect(result.ContactAuthenticationResult).toMatchObject({ statusCode: 'error.authentication.invalidCredentials' });
    expect(result.ContactAuthenticationResult.contactNumber).toBeUndefined();
  });

  it('counts SOAP contact calls under <Service>.<operation>', async () => {
    await admin(soapSim.sim, 'reset', {});
    const c = await client(CONTACT_AUTH_SOAP);
    await c.authenticateAsync({ contactAuthenticationData: { login: 'bob@example.com', password: 'bob-demo-password' } });
    expect((await admin(soapSim.sim, 'calls')).body).toEqual({ 'ContactAuthenticationPublicService.authenticate': 1 });
  });

  it('sent every SOAP answer above in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
    expect(soapSim.recording.answers.length).toBeGreaterThan(0);
    expect(await schemaViolations(soapSim.sim, soapSim.recording.answers)).toEqual([]);
  });
});

describe('contact SOAP envelopes', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it('reads several contactDataList entries and answers repeated culturalContactData elements', async () => {
    const entry = (n: number) => `<contactDataList><email>guest${n}@example.com</email><firstName>G${n}</firstName><lastName>Guest</lastName><createLogin>false</createLogin></contactDataList>`;
    const envelope = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v2="${INFO_NS}">
      <soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken>
      <wsse:Username>DEMO_B2C</wsse:Username><wsse:Password>demo-secret</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>
      <soapenv:Body><v2:createCulturalContact>${entry(1)}${entry(2)}</v2:createCulturalContact></soapenv:Body></soapenv:Envelope>`;
    const res = await fetch(`${sim.url}${CONTACT_INFO_SOAP}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: envelope });
    expect(res.status).toBe(200);
    const doc = new XMLParser({ parseTagValue: false, ignoreAttributes: false }).parse(await res.text());
    const response = doc['S:Envelope']['S:Body']['ns2:createCulturalContactResponse'];
    expect(response['@_xmlns:ns2']).toBe(INFO_NS);
    const created = response.CulturalContactCreationResult.culturalContactData;
    expect(created.map((c: { contactNumber: string; guest: string }) => [c.contactNumber, c.guest])).toEqual([['1000006', 'true'], ['1000007', 'true']]);
  });
});
