import { CatalogClient, JsonTransport, SecutixCaller, secutixDefaults, type JsonTransportConfig } from '@stx/secutix-client';
import type { Simulator } from '../src';
import { admin, callJson, manualClock, startTestSimulator } from './helpers';

/** SecuTix's token endpoint, and our JSON transport speaking it (SECUTIX_JSON_AUTH=token-endpoint). */
describe('token endpoint', () => {
  const clock = manualClock(Date.now());
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now });
  });
  afterAll(() => sim.close());
  beforeEach(() => admin(sim, 'reset', {}));

  const issue = (path: string, body: unknown) =>
    fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('issues a short-lived token under tnai and tnco that every JSON endpoint accepts until it expires', async () => {
    for (const path of ['/tnai/backend-apis/v1/auth', '/tnco/backend-apis/v1/auth']) {
      const res = await issue(path, { operator: 'DEMO_B2C', partner: 'Integrator', secret: 'demo-secret' });
      expect(res.status).toBe(200);
      const { token } = await res.json();
      expect(typeof token).toBe('string');
      expect((await callJson(sim, 'catalogService', 'isCatalogServiceAlive', {}, token)).json.statusCode).toBe('success');
      clock.advance(310_000);
      const late = await callJson(sim, 'catalogService', 'isCatalogServiceAlive', {}, token);
      expect(late.status).toBe(401);
      expect(late.json.statusDetail).toBe('token expired');
    }
    expect((await admin(sim, 'calls')).body['TokenEndpoint.auth']).toBe(2);
  });

  it('refuses a wrong secret or operator (401) and a body without them (400), issuing nothing', async () => {
    expect((await issue('/tnai/backend-apis/v1/auth', { operator: 'DEMO_B2C', partner: 'x', secret: 'wrong' })).status).toBe(401);
    expect((await issue('/tnai/backend-apis/v1/auth', { operator: 'OTHER_B2C', partner: 'x', secret: 'demo-secret' })).status).toBe(401);
    const bad = await issue('/tnai/backend-apis/v1/auth', { partner: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ statusCode: 'error.invalidParameter', statusDetail: 'operator and secret are required' });
  });

  it('our JSON transport fetches one token for many calls, renews it before it expires, and never sends an expired one', async () => {
    const config: JsonTransportConfig = { ...secutixDefaults, baseUrl: sim.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport: 'json', jsonAuth: 'token-endpoint' };
    const catalog = new CatalogClient(new SecutixCaller(new JsonTransport(config, { now: clock.now }), config));
    await Promise.all([catalog.getLastSetupUpdate(), catalog.getLastSetupUpdate(), catalog.getLastSetupUpdate()]);
    expect((await admin(sim, 'calls')).body).toMatchObject({ 'TokenEndpoint.auth': 1, 'CatalogService.getLastSetupUpdate': 3 });
    clock.advance(280_000); // within 30 s of the token's 300 s life: renewed first
    await catalog.getLastSetupUpdate();
    expect((await admin(sim, 'calls')).body).toMatchObject({ 'TokenEndpoint.auth': 2, 'CatalogService.getLastSetupUpdate': 4 });
  });

  it('with a wrong secret our transport fails with AUTHENTICATION and reaches no service', async () => {
    const config: JsonTransportConfig = { ...secutixDefaults, baseUrl: sim.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'wrong-secret', transport: 'json', jsonAuth: 'token-endpoint' };
    const catalog = new CatalogClient(new SecutixCaller(new JsonTransport(config, { now: clock.now }), config));
    await expect(catalog.getLastSetupUpdate()).rejects.toMatchObject({ kind: 'AUTHENTICATION' });
    expect((await admin(sim, 'calls')).body).toEqual({ 'TokenEndpoint.auth': 1 });
  });

  it('counts calls to unknown operations and paths under their name', async () => {
    await callJson(sim, 'catalogService', 'getSomethingElse', {}, undefined);
    await fetch(`${sim.url}/tnseb/backend-apis/noSuchService/v1_0/doIt`, { method: 'POST', body: '{}' });
    const calls = (await admin(sim, 'calls')).body;
    expect(calls['CatalogService.getSomethingElse']).toBe(1);
    expect(calls['/tnseb/backend-apis/noSuchService/v1_0/doIt']).toBe(1);
  });
});
