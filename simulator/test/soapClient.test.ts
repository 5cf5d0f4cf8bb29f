import * as soap from 'soap';
import { AVAILABILITY_SOAP, CATALOG_SOAP } from './helpers';
import { recordingSimulator, schemaViolations } from './soapSchema';

/** The real node-soap client against our typed WSDL: numbers, booleans and one-item lists arrive typed. */
describe('SOAP through node-soap', () => {
  const soapSim = recordingSimulator();

  async function client(path: string, password = 'demo-secret'): Promise<soap.Client> {
    const c = await soap.createClientAsync(`${soapSim.sim.url}${path}?wsdl`);
    c.setSecurity(new soap.WSSecurity('DEMO_B2C', password));
    return c;
  }

  it('getProductAvailability sends a request the simulator reads and returns its result element', async () => {
    const c = await client(AVAILABILITY_SOAP);
    const [result, rawResponse, , rawRequest] = await c.getProductAvailabilityAsync({ pointOfSalesId: 1001, productIds: [10001, 10004] });
    expect(rawRequest).toContain('<productIds>10001</productIds><productIds>10004</productIds>');
    expect(rawResponse).toContain('<ns2:getProductAvailabilityResponse');
    const r = result.ProductAvailabilityResult;
    expect(r.statusCode).toBe('success');
    expect(r.productAvailabilities).toHaveLength(2);
    expect(r.productAvailabilities[0]).toMatchObject({ productId: 10001, availabilityIndicator: 1 });
    expect(r.productAvailabilities[1]).toMatchObject({ productId: 10004, availability: 0, availabilityIndicator: 3 });
  });

  it('a one-item list arrives as a one-item array, as the WSDL says the element repeats', async () => {
    const c = await client(AVAILABILITY_SOAP);
    const [result] = await c.getPerformanceAvailabilityAsync({ pointOfSalesId: 1001, performanceIds: [900001] });
    const perf = result.PerformanceAvailabilityResult.performanceAvailabilities;
    expect(perf).toHaveLength(1);
    expect(perf[0]).toMatchObject({ performanceId: 900001, productId: 10001, availabilityIndicator: 1 });
  });

  it('getPOSConfig and getCatalogDetailed come back under their result elements', async () => {
    const c = await client(CATALOG_SOAP);
    const [pos] = await c.getPOSConfigAsync({});
    expect(pos.POSConfigResult.posConfigData).toMatchObject({ posId: 1001, institCode: 'DEMO', currencyCode: 'EUR', languageList: ['fr', 'en', 'de'] });
    const [catalog] = await c.getCatalogDetailedAsync({});
    const seasons = catalog.CatalogResultDetailed.catalogData.seasons;
    expect(seasons).toHaveLength(2);
    expect(seasons[0].products[0]).toMatchObject({ id: 10001, productFamilyType: 'SINGLE_ENTRY', state: 'RUNNING' });
  });

  it('a wrong WS-Security password is a SOAP fault error.authentication', async () => {
    const c = await client(AVAILABILITY_SOAP, 'wrong');
    await expect(c.getProductAvailabilityAsync({ pointOfSalesId: 1001, productIds: [10001] })).rejects.toMatchObject({
      response: { status: 500 },
      root: { Envelope: { Body: { Fault: { faultcode: 'S:Client', faultstring: 'error.authentication' } } } },
    });
  });

  it('sent every SOAP answer above in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
    expect(soapSim.recording.answers.length).toBeGreaterThan(0);
    expect(await schemaViolations(soapSim.sim, soapSim.recording.answers)).toEqual([]);
  });
});
