import type { Simulator } from '../src';
import { admin, AVAILABILITY_SOAP, callJson, manualClock, postSoap, soapEnvelope, startTestSimulator, validJwt } from './helpers';

const productAvailability = { pointOfSalesId: 1001, productIds: [10001] };

describe('rate limits', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startTestSimulator({ now: clock.now });
  });
  afterEach(() => sim.close());

  it('refuses the call past perMinute with 509 and Retry-After, counts it, and frees up as the window slides', async () => {
    await admin(sim, 'limits', { perMinute: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(clock.now()))).status).toBe(200);
      clock.advance(1000);
    }
    const refused = await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(clock.now()));
    expect(refused.status).toBe(509);
    expect(refused.headers.get('retry-after')).toBe('57');
    expect(refused.headers.get('content-type')).toContain('text/plain');
    expect((await admin(sim, 'calls')).body).toEqual({ 'AvailabilityService.getProductAvailability': 4, rejected: 1 });

    clock.advance(57_000);
    expect((await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(clock.now()))).status).toBe(200);
  });

  it('allows getCatalogDetailed once per interval, with the status configured', async () => {
    const first = await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()));
    expect(first.status).toBe(200);
    const second = await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()));
    expect(second.status).toBe(509);
    expect(second.headers.get('retry-after')).toBe('600');
    await admin(sim, 'limits', { status: 429 });
    expect((await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()))).status).toBe(429);
    await admin(sim, 'reset', {});
    expect((await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()))).status).toBe(200);
  });

  it('lets everything through when disabled', async () => {
    await admin(sim, 'limits', { enabled: false });
    for (let i = 0; i < 3; i++) expect((await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()))).status).toBe(200);
  });
});

describe('fault injection', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(() => sim.close());

  it('an outage answers 503 without a body on both transports', async () => {
    await admin(sim, 'faults', { outage: true });
    const json = await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(Date.now()));
    expect(json.status).toBe(503);
    expect(json.text).toBe('');
    const soap = await postSoap(sim, AVAILABILITY_SOAP, soapEnvelope('AvailabilityService', 'getProductAvailability', '<pointOfSalesId>1001</pointOfSalesId>'));
    expect(soap.status).toBe(503);
    await admin(sim, 'faults', {});
    expect((await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(Date.now()))).status).toBe(200);
  });

  it('errorRate 1 answers 500: error.technical in JSON, an S:Server fault in SOAP', async () => {
    await admin(sim, 'faults', { errorRate: 1 });
    const json = await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(Date.now()));
    expect(json.status).toBe(500);
    expect(json.json.statusCode).toBe('error.technical');
    const soap = await postSoap(sim, AVAILABILITY_SOAP, soapEnvelope('AvailabilityService', 'getProductAvailability', '<pointOfSalesId>1001</pointOfSalesId>'));
    expect(soap.status).toBe(500);
    expect(soap.text).toContain('<faultcode>S:Server</faultcode><faultstring>error.technical</faultstring>');
  });

  it('faults limited to some operations leave the others alone, and slowMs delays', async () => {
    await admin(sim, 'faults', { errorRate: 1, slowMs: 150, operations: ['AvailabilityService.getProductAvailability'] });
    expect((await callJson(sim, 'catalogService', 'getPOSConfig', {}, validJwt(Date.now()))).status).toBe(200);
    const started = Date.now();
    expect((await callJson(sim, 'availabilityService', 'getProductAvailability', productAvailability, validJwt(Date.now()))).status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('rejects an errorRate outside 0..1', async () => {
    expect((await admin(sim, 'faults', { errorRate: 2 })).status).toBe(400);
  });
});

describe('getCatalogDetailed in_progress', () => {
  it('answers in_progress when slower than inProgressAfterMs, then the catalog on the follow-up', async () => {
    const sim = await startTestSimulator({ latency: { 'CatalogService.getCatalogDetailed': 300 }, inProgressAfterMs: 50 });
    try {
      const first = await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(Date.now()));
      expect(first.json).toMatchObject({ statusCode: 'in_progress', requestId: expect.any(Number) });
      expect(first.json.catalogData).toBeUndefined();
      // The follow-up is exempt from the once-per-10-minutes rule: it collects the same export.
      const second = await callJson(sim, 'catalogService', 'getCatalogDetailed', { requestId: first.json.requestId }, validJwt(Date.now()));
      expect(second.status).toBe(200);
      expect(['in_progress', 'success']).toContain(second.json.statusCode);
      let last = second;
      while (last.json.statusCode === 'in_progress') {
        last = await callJson(sim, 'catalogService', 'getCatalogDetailed', { requestId: first.json.requestId }, validJwt(Date.now()));
      }
      expect(last.json.catalogData.seasons).toHaveLength(2);
    } finally {
      await sim.close();
    }
  });
});
