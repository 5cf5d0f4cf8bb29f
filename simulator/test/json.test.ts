import type { Simulator } from '../src';
import { admin, callJson, manualClock, signJwt, startTestSimulator, validJwt } from './helpers';

describe('JSON (REST-RPC) transport', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now });
  });
  afterAll(() => sim.close());

  it('answers the result object itself with a valid token', async () => {
    const res = await callJson(sim, 'availabilityService', 'getProductAvailability', { pointOfSalesId: 1001, productIds: [10001, 10004, 424242] }, validJwt(clock.now()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.json.statusCode).toBe('success');
    expect(typeof res.json.requestId).toBe('number');
    expect(res.json.productAvailabilities).toEqual([
      { productId: 10001, availability: expect.any(Number), availabilityIndicator: 1, lastUpdate: '2026-03-02T09:00:00.000Z' },
      { productId: 10004, availability: 0, availabilityIndicator: 3, lastUpdate: '2026-03-02T09:00:00.000Z' },
    ]);
  });

  it('getPOSConfig and getLastSetupUpdate return their fields', async () => {
    const pos = await callJson(sim, 'catalogService', 'getPOSConfig', {}, validJwt(clock.now()));
    expect(pos.json.posConfigData).toMatchObject({ posId: 1001, institCode: 'DEMO', currencyCode: 'EUR', organizationTimeZone: 'Europe/Paris' });
    const last = await callJson(sim, 'catalogService', 'getLastSetupUpdate', {}, validJwt(clock.now()));
    expect(last.json).toMatchObject({ statusCode: 'success', lastSetupUpdate: '2026-03-02T09:00:00.000Z' });
  });

  it('getCatalogDetailed returns seasons with products, events and prices', async () => {
    const res = await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()));
    const product = res.json.catalogData.seasons[0].products[0];
    expect(product).toMatchObject({ id: 10001, code: 'P000001', productFamilyType: 'SINGLE_ENTRY', state: 'RUNNING', topicIds: [201] });
    expect(product.event.performances).toHaveLength(1);
    expect(product.event.performances[0].prices[0]).toEqual({ seatCatId: expect.any(Number), audSubCatId: 401, amount: expect.any(Number) });
  });

  it('getCatalogDetailed restricts the catalog to a seasonCode and a productCode (the reference\'s parameters)', async () => {
    // several catalog calls in a row: SecuTix's once-per-interval limit is not what is tested here
    await admin(sim, 'limits', { enabled: false });
    const whole = (await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()))).json.catalogData.seasons;
    const season = whole[0];
    const bySeason = (await callJson(sim, 'catalogService', 'getCatalogDetailed', { seasonCode: season.code }, validJwt(clock.now()))).json.catalogData.seasons;
    expect(bySeason.map((s: { code: string }) => s.code)).toEqual([season.code]);
    expect(bySeason[0].products).toHaveLength(season.products.length);
    const byProduct = (await callJson(sim, 'catalogService', 'getCatalogDetailed', { productCode: 'P000001' }, validJwt(clock.now()))).json.catalogData.seasons;
    expect(byProduct.flatMap((s: { products: { code: string }[] }) => s.products.map((p) => p.code))).toEqual(['P000001']);
    const none = (await callJson(sim, 'catalogService', 'getCatalogDetailed', { seasonCode: 'NOSUCH' }, validJwt(clock.now()))).json;
    expect(none).toMatchObject({ statusCode: 'success', catalogData: { seasons: [] } });
    // the whole catalog is still the shared answer
    expect((await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, validJwt(clock.now()))).json.catalogData.seasons).toHaveLength(whole.length);
    await admin(sim, 'limits', { enabled: true });
  });

  it('refuses an expired token with 401', async () => {
    const expired = validJwt(clock.now() - 120_000);
    const res = await callJson(sim, 'catalogService', 'getPOSConfig', {}, expired);
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ statusCode: 'error.authentication', statusDetail: 'token expired' });
  });

  it('refuses a token signed with another secret, a wrong audience and a missing token', async () => {
    const forged = signJwt({ sub: 'DEMO', aud: 'DEMO_B2C', iss: 'x', iat: clock.now() / 1000, exp: clock.now() / 1000 + 30 }, 'not-the-secret');
    expect((await callJson(sim, 'catalogService', 'getPOSConfig', {}, forged)).json.statusDetail).toBe('bad signature');
    const wrongAud = validJwt(clock.now(), { aud: 'OTHER_B2C' });
    expect((await callJson(sim, 'catalogService', 'getPOSConfig', {}, wrongAud)).status).toBe(401);
    const tooLong = validJwt(clock.now(), { exp: Math.floor(clock.now() / 1000) + 3600 });
    expect((await callJson(sim, 'catalogService', 'getPOSConfig', {}, tooLong)).status).toBe(401);
    expect((await callJson(sim, 'catalogService', 'getPOSConfig', {}, undefined)).status).toBe(401);
  });

  it('takes a self-signed token only fresh and short-lived, as SecuTix’s REST standard says (30 s life, iat under a second old)', async () => {
    const now = Math.floor(clock.now() / 1000);
    const call = (token: string) => callJson(sim, 'catalogService', 'getPOSConfig', {}, token);
    expect((await call(validJwt(clock.now(), { iat: now, exp: now + 30 }))).status).toBe(200);
    expect((await call(validJwt(clock.now(), { iat: now, exp: now + 31 }))).json.statusDetail).toBe('token lifetime must be between 1 and 30 s');
    // signed a while ago, still within its life: refused, as a token must be signed for the call
    expect((await call(validJwt(clock.now(), { iat: now - 20, exp: now + 10 }))).json.statusDetail).toMatch(/must be signed for the call/);
    expect((await call(validJwt(clock.now(), { iat: now - 600, exp: now + 300 }))).status).toBe(401);
  });

  it('refuses a POST that is not Content-Type: application/json with 415, as SecuTix’s REST standard requires the header', async () => {
    for (const contentType of [undefined, 'application/x-www-form-urlencoded', 'text/plain']) {
      const res = await fetch(`${sim.url}/tnseb/backend-apis/catalogService/v1_33/getPOSConfig`, {
        method: 'POST',
        headers: { authorization: `Bearer ${validJwt(clock.now())}`, ...(contentType ? { 'content-type': contentType } : {}) },
        body: '{}',
      });
      expect([res.status, (await res.json()).statusCode]).toEqual([415, 'error.invalidParameter']);
    }
  });

  it('answers an unknown method with 404 error.unknownMethod', async () => {
    const res = await callJson(sim, 'catalogService', 'getEverything', {}, validJwt(clock.now()));
    expect(res.status).toBe(404);
    expect(res.json.statusCode).toBe('error.unknownMethod');
  });

  it('reports a wrong point of sales and an unknown performance as business errors', async () => {
    const pos = await callJson(sim, 'availabilityService', 'getProductAvailability', { pointOfSalesId: 7, productIds: [10001] }, validJwt(clock.now()));
    expect(pos.status).toBe(200);
    expect(pos.json.statusCode).toBe('error.invalidParameter');
    const seats = await callJson(sim, 'availabilityService', 'getSeatsAvailability', { pointOfSalesId: 1001, performanceId: 1 }, validJwt(clock.now()));
    expect(seats.json.statusCode).toBe('error.notFound');
  });

  it('getEventAvailability sums categories by default and lists each one with -1', async () => {
    const summed = await callJson(sim, 'availabilityService', 'getEventAvailability', { pointOfSalesId: 1001, eventIds: [60001], performanceIds: [], seatCategoryIds: [] }, validJwt(clock.now()));
    expect(summed.json.eventAvailabilityData.eventAvailabilities).toEqual([{ eventId: 60001, performanceId: 900001, availability: expect.any(Number), availabilityIndicator: 1 }]);
    const each = await callJson(sim, 'availabilityService', 'getEventAvailability', { pointOfSalesId: 1001, performanceIds: [900001], seatCategoryIds: [-1] }, validJwt(clock.now()));
    const rows = each.json.eventAvailabilityData.eventAvailabilities;
    expect(rows).toHaveLength(2);
    expect(rows[0].availability + rows[1].availability).toBe(summed.json.eventAvailabilityData.eventAvailabilities[0].availability);
  });

  it('getSeatsAvailability lists one seat per unit of capacity', async () => {
    const perf = await callJson(sim, 'availabilityService', 'getPerformanceAvailability', { pointOfSalesId: 1001, performanceIds: [900001] }, validJwt(clock.now()));
    const seats = await callJson(sim, 'availabilityService', 'getSeatsAvailability', { pointOfSalesId: 1001, performanceId: 900001 }, validJwt(clock.now()));
    const available = seats.json.seats.filter((s: { available: boolean }) => s.available).length;
    expect(available).toBe(perf.json.performanceAvailabilities[0].availability);
    expect(seats.json.seats[0]).toMatchObject({ physicalSeatId: expect.any(Number), row: '1', number: 1 });
  });
});
