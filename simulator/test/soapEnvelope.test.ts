import { XMLParser } from 'fast-xml-parser';
import type { Simulator } from '../src';
import { AVAILABILITY_SOAP, CATALOG_SOAP, postSoap, soapEnvelope, startTestSimulator } from './helpers';

// Prefixes kept on purpose: the response's exact element names are the contract.
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

describe('raw SOAP envelopes', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it('answers getPOSConfig as S:Envelope/S:Body/ns2:getPOSConfigResponse/POSConfigResult', async () => {
    const res = await postSoap(sim, CATALOG_SOAP, soapEnvelope('CatalogService', 'getPOSConfig', ''));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/xml');
    const doc = parser.parse(res.text);
    const response = doc['S:Envelope']['S:Body']['ns2:getPOSConfigResponse'];
    expect(response['@_xmlns:ns2']).toBe('http://v1_33.CatalogService.service.secutix.com');
    expect(response.POSConfigResult.statusCode).toBe('success');
    expect(response.POSConfigResult.posConfigData.posId).toBe('1001');
    expect(response.POSConfigResult.posConfigData.organizationName).toBe('Demo Arts & Sports');
    expect(response.POSConfigResult.posConfigData.paymentMethods.map((m: { paymentType: string }) => m.paymentType)).toEqual(['CREDIT_CARD', 'GIFT_VOUCHER', 'CREDIT_BALANCE']);
  });

  it('accepts a minimal token without attributes and repeated list elements', async () => {
    const minimal = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="http://v1_33.AvailabilityService.service.secutix.com">
      <soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken>
      <wsse:Username>DEMO_B2C</wsse:Username><wsse:Password>demo-secret</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>
      <soapenv:Body><v1:getProductAvailability><pointOfSalesId>1001</pointOfSalesId><productIds>10002</productIds><productIds>99</productIds><productIds>10005</productIds></v1:getProductAvailability></soapenv:Body></soapenv:Envelope>`;
    const res = await postSoap(sim, AVAILABILITY_SOAP, minimal);
    expect(res.status).toBe(200);
    const result = parser.parse(res.text)['S:Envelope']['S:Body']['ns2:getProductAvailabilityResponse'].ProductAvailabilityResult;
    // unknown id 99 is left out; the cancelled product has nothing to sell
    expect(result.productAvailabilities.map((p: { productId: string }) => p.productId)).toEqual(['10002', '10005']);
    expect(result.productAvailabilities[1]).toMatchObject({ availability: '0', availabilityIndicator: '3' });
  });

  it('refuses a wrong operator with a Client fault', async () => {
    const res = await postSoap(sim, CATALOG_SOAP, soapEnvelope('CatalogService', 'getPOSConfig', '', 'OTHER_B2C'));
    expect(res.status).toBe(500);
    const fault = parser.parse(res.text)['S:Envelope']['S:Body']['S:Fault'];
    expect(fault).toEqual({ faultcode: 'S:Client', faultstring: 'error.authentication' });
  });

  it('refuses SOAP 1.2 as a JAX-WS SOAP 1.1 endpoint does: 415 for its content type, VersionMismatch for its envelope', async () => {
    const soap12 = soapEnvelope('CatalogService', 'getPOSConfig', '').replace('http://schemas.xmlsoap.org/soap/envelope/', 'http://www.w3.org/2003/05/soap-envelope');
    const byType = await fetch(`${sim.url}${CATALOG_SOAP}`, { method: 'POST', headers: { 'content-type': 'application/soap+xml; charset=utf-8' }, body: soap12 });
    expect([byType.status, await byType.text()]).toEqual([415, expect.stringContaining('Supported ones are: [text/xml]')]);
    const byEnvelope = await postSoap(sim, CATALOG_SOAP, soap12);
    expect(byEnvelope.status).toBe(500);
    expect(parser.parse(byEnvelope.text)['S:Envelope']['S:Body']['S:Fault']).toEqual({
      faultcode: 'S:VersionMismatch',
      faultstring: "Couldn't create SOAP message. Expecting Envelope in namespace http://schemas.xmlsoap.org/soap/envelope/, but got http://www.w3.org/2003/05/soap-envelope",
    });
    // a default namespace instead of a prefix is the same SOAP 1.1
    const unprefixed = `<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><getLastSetupUpdate xmlns="http://v1_33.CatalogService.service.secutix.com"/></Body></Envelope>`;
    expect(parser.parse((await postSoap(sim, CATALOG_SOAP, unprefixed)).text)['S:Envelope']['S:Body']['S:Fault']?.faultcode).not.toBe('S:VersionMismatch');
  });

  it('answers an unknown operation with error.unknownMethod', async () => {
    const res = await postSoap(sim, CATALOG_SOAP, soapEnvelope('CatalogService', 'getEverything', ''));
    expect(res.status).toBe(500);
    expect(parser.parse(res.text)['S:Envelope']['S:Body']['S:Fault'].faultstring).toBe('error.unknownMethod');
  });

  it('reports a bad id as a business error with HTTP 200', async () => {
    const res = await postSoap(sim, AVAILABILITY_SOAP, soapEnvelope('AvailabilityService', 'getProductAvailability', '<pointOfSalesId>1001</pointOfSalesId><productIds>abc</productIds>'));
    expect(res.status).toBe(200);
    const result = parser.parse(res.text)['S:Envelope']['S:Body']['ns2:getProductAvailabilityResponse'].ProductAvailabilityResult;
    expect(result.statusCode).toBe('error.invalidParameter');
  });

  it('serves a WSDL naming every operation and this server as the address', async () => {
    const res = await fetch(`${sim.url}${AVAILABILITY_SOAP}?wsdl`);
    const wsdl = await res.text();
    expect(res.status).toBe(200);
    expect(wsdl).toContain('targetNamespace="http://v1_33.AvailabilityService.service.secutix.com"');
    expect(wsdl).toContain('<operation name="getUpdatedAvailabilities">');
    expect(wsdl).toContain(`location="${sim.url}${AVAILABILITY_SOAP}"`);
  });
});
