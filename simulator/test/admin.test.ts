import type { Simulator } from '../src';
import { admin, callJson, manualClock, startTestSimulator, validJwt } from './helpers';

describe('control API and state changes', () => {
  const clock = manualClock();
  let sim: Simulator;
  const token = () => validJwt(clock.now());
  const perfAvailability = async (performanceId: number) =>
    (await callJson(sim, 'availabilityService', 'getPerformanceAvailability', { pointOfSalesId: 1001, performanceIds: [performanceId] }, token())).json.performanceAvailabilities[0];

  beforeEach(async () => {
    clock.set(Date.parse('2026-03-02T09:00:00.000Z'));
    sim = await startTestSimulator({ now: clock.now });
  });
  afterEach(() => sim.close());

  it('counts calls per Service.operation and zeroes them on reset', async () => {
    await callJson(sim, 'availabilityService', 'getProductAvailability', { pointOfSalesId: 1001, productIds: [10001] }, token());
    await callJson(sim, 'availabilityService', 'getProductAvailability', { pointOfSalesId: 1001, productIds: [10002] }, token());
    await callJson(sim, 'catalogService', 'getPOSConfig', {}, token());
    expect((await admin(sim, 'calls')).body).toEqual({ 'AvailabilityService.getProductAvailability': 2, 'CatalogService.getPOSConfig': 1 });
    expect((await admin(sim, 'reset', {})).status).toBe(200);
    expect((await admin(sim, 'calls')).body).toEqual({});
  });

  it('selling lowers availability, turns the indicator orange then red, and stamps lastUpdate', async () => {
    const before = await perfAvailability(900001);
    expect(before.availabilityIndicator).toBe(1);
    const capacity = before.availability; // product 10001 starts untouched
    const fewLeft = Math.min(20, Math.floor(capacity * 0.1));

    clock.advance(60_000);
    const sold = await admin(sim, 'sell', { performanceId: 900001, quantity: capacity - fewLeft });
    expect(sold.body).toEqual({ sold: capacity - fewLeft, remaining: fewLeft });
    const orange = await perfAvailability(900001);
    expect(orange).toMatchObject({ availability: fewLeft, availabilityIndicator: 2, lastUpdate: '2026-03-02T09:01:00.000Z' });

    const product = await callJson(sim, 'availabilityService', 'getProductAvailability', { pointOfSalesId: 1001, productIds: [10001] }, token());
    expect(product.json.productAvailabilities[0]).toMatchObject({ availability: fewLeft, availabilityIndicator: 2 });

    await admin(sim, 'sell', { performanceId: 900001, quantity: 1000 });
    const red = await perfAvailability(900001);
    expect(red).toMatchObject({ availability: 0, availabilityIndicator: 3 });
    expect(red.seatCategoryAvailabilities.every((c: { availabilityIndicator: number }) => c.availabilityIndicator === 3)).toBe(true);
  });

  it('getUpdatedAvailabilities reports a sold product after referenceDate and not before', async () => {
    clock.advance(60_000);
    const beforeSale = new Date(clock.now()).toISOString();
    clock.advance(60_000);
    await admin(sim, 'sell', { performanceId: 900002, quantity: 2 });
    clock.advance(60_000);
    const afterSale = new Date(clock.now()).toISOString();
    const ask = (referenceDate: string, productIds: number[]) =>
      callJson(sim, 'availabilityService', 'getUpdatedAvailabilities', { pointOfSalesId: 1001, productIds, referenceDate }, token());

    expect((await ask(beforeSale, [10001, 10002, 10003])).json.availabilityUpdateData).toEqual([{ productId: 10002, lastUpdate: '2026-03-02T09:02:00.000Z' }]);
    expect((await ask(afterSale, [10001, 10002, 10003])).json.availabilityUpdateData).toEqual([]);
    expect((await ask(beforeSale, [])).json.availabilityUpdateData.map((u: { productId: number }) => u.productId)).toEqual([10002]);
  });

  it('touching the catalog moves getLastSetupUpdate and renames the product', async () => {
    const lastSetup = async () => (await callJson(sim, 'catalogService', 'getLastSetupUpdate', {}, token())).json.lastSetupUpdate;
    expect(await lastSetup()).toBe('2026-03-02T09:00:00.000Z');
    clock.advance(5 * 60_000);
    const touched = await admin(sim, 'catalog/touch', { productId: 10002, name: 'Nabucco' });
    expect(touched.body).toEqual({ lastSetupUpdate: '2026-03-02T09:05:00.000Z' });
    expect(await lastSetup()).toBe('2026-03-02T09:05:00.000Z');
    const catalog = await callJson(sim, 'catalogService', 'getCatalogDetailed', {}, token());
    const product = catalog.json.catalogData.seasons[0].products.find((p: { id: number }) => p.id === 10002);
    expect(product.externalName.translations[0]).toEqual({ locale: 'fr', value: 'Nabucco' });
  });

  it('rejects bad admin input and never shows the secret in the state', async () => {
    expect((await admin(sim, 'sell', { performanceId: 1, quantity: 1 })).status).toBe(404);
    expect((await admin(sim, 'sell', { performanceId: 900001 })).status).toBe(400);
    expect((await admin(sim, 'catalog/touch', { productId: 5 })).status).toBe(404);
    const state = await admin(sim, 'state');
    expect(state.body).toMatchObject({ institution: 'DEMO', operator: 'DEMO_B2C', catalog: { seasons: 2, products: 48 } });
    expect(JSON.stringify(state.body)).not.toContain('demo-secret');
  });
  it('places an order made elsewhere, held or sold, and refuses what SecuTix would', async () => {
    const item = { performanceId: 900001, seatCategoryId: 700001, audienceSubCategoryId: 401, quantity: 2 };
    const held = await admin(sim, 'orders', { contactNumber: '1000001', items: [item] });
    expect(held).toEqual({ status: 200, body: expect.objectContaining({ contactNumber: '1000001', state: 'IN_PROGRESS', saleAmount: 178_000 }) });
    const sold = (await admin(sim, 'orders', { contactNumber: '1000001', items: [item], sold: true })).body;
    expect(sold).toMatchObject({ state: 'CLOSED', saleAmount: 178_000 });
    const remaining = (await perfAvailability(900001)).availability;
    expect((await admin(sim, 'orders', { contactNumber: '1000002', items: [{ ...item, quantity: 1 }] })).status).toBe(200);
    expect((await perfAvailability(900001)).availability).toBe(remaining - 1);
    expect((await admin(sim, 'orders')).body.map((o: { state: string }) => o.state)).toEqual(['IN_PROGRESS', 'CLOSED', 'IN_PROGRESS']);
    expect((await admin(sim, 'orders', { contactNumber: '1000001', items: [{ ...item, performanceId: 999999 }] })).status).toBe(409);
    expect((await admin(sim, 'orders', { contactNumber: '4242', items: [item] })).status).toBe(404);
    expect((await admin(sim, 'orders', { contactNumber: '1000001', items: 'two seats' })).status).toBe(400);
  });
});
