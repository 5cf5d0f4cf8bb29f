import type { Simulator } from '../src';
import { admin, callJson, manualClock, startTestSimulator, validJwt } from './helpers';

const DAY = 86_400_000;

describe('ContactAuthenticationPublicService over JSON', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now });
  });
  afterAll(() => sim.close());
  beforeEach(() => admin(sim, 'reset', { data: true }));

  const auth = (method: string, body: unknown) => callJson(sim, 'contactAuthenticationPublicService', method, body, validJwt(clock.now()));
  const login = (login: string, password: string, rememberMe = false) => auth('authenticate', { contactAuthenticationData: { login, password, rememberMe, pointOfSalesId: 1001 } });
  const withToken = (uniqueToken: string, rememberMe = true) => auth('authenticate', { contactAuthenticationData: { uniqueToken, rememberMe } });
  const withoutRequestId = ({ requestId, ...rest }: Record<string, unknown>) => (expect(requestId).toEqual(expect.any(Number)), rest);

  it('authenticates Alice by e-mail and password; no token unless rememberMe', async () => {
    const res = await login('alice@example.com', 'alice-demo-password');
    expect(res.status).toBe(200);
    expect(withoutRequestId(res.json)).toEqual({ statusCode: 'success', statusDetail: 'OK', contactNumber: '1000001', identification: 'alice@example.com' });
  });

  it('matches the login e-mail case-insensitively', async () => {
    expect((await login(' Bob@Example.COM', 'bob-demo-password')).json.contactNumber).toBe('1000002');
  });

  it('answers a wrong password, an unknown e-mail and a guest e-mail identically', async () => {
    const answers = await Promise.all([
      login('alice@example.com', 'not-her-password'),
      login('nobody@example.com', 'alice-demo-password'),
      login('claire@example.com', 'anything-at-all'),
    ]);
    for (const a of answers) expect(a.status).toBe(200);
    const bodies = answers.map((a) => withoutRequestId(a.json));
    expect(bodies[0]).toEqual({ statusCode: 'error.authentication.invalidCredentials', statusDetail: 'invalid credentials' });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('rotates the remember-me token: each use spends it and returns the next', async () => {
    const first = (await login('alice@example.com', 'alice-demo-password', true)).json.uniqueToken;
    expect(typeof first).toBe('string');
    const second = await withToken(first);
    expect(second.json).toMatchObject({ statusCode: 'success', contactNumber: '1000001' });
    expect(second.json.uniqueToken).toEqual(expect.any(String));
    expect(second.json.uniqueToken).not.toBe(first);
    expect((await withToken(first)).json.statusCode).toBe('error.authentication.invalidCredentials');
    expect((await withToken(second.json.uniqueToken)).json.statusCode).toBe('success');
  });

  it('a token used without rememberMe logs in once and issues no next token', async () => {
    const token = (await login('bob@example.com', 'bob-demo-password', true)).json.uniqueToken;
    const used = await withToken(token, false);
    expect(used.json).toMatchObject({ statusCode: 'success', contactNumber: '1000002' });
    expect(used.json.uniqueToken).toBeUndefined();
    expect((await withToken(token)).json.statusCode).toBe('error.authentication.invalidCredentials');
  });

  it('a remember-me token lasts 30 days', async () => {
    const keep = (await login('alice@example.com', 'alice-demo-password', true)).json.uniqueToken;
    const lapse = (await login('alice@example.com', 'alice-demo-password', true)).json.uniqueToken;
    clock.advance(30 * DAY - 1);
    expect((await withToken(keep)).json.statusCode).toBe('success');
    clock.advance(1);
    expect((await withToken(lapse)).json.statusCode).toBe('error.authentication.invalidCredentials');
  });

  it('refuses a call with neither login nor token as an invalid parameter', async () => {
    expect((await auth('authenticate', { contactAuthenticationData: { rememberMe: true } })).json.statusCode).toBe('error.invalidParameter');
    expect((await auth('authenticate', {})).json.statusCode).toBe('error.invalidParameter');
  });

  it('changePassword: wrong current refused, short new refused, then only the new password works', async () => {
    const change = (currentPassword: string, newPassword: string) => auth('changePassword', { contactNumber: '1000002', currentPassword, newPassword });
    expect((await change('wrong-password', 'a-long-new-password')).json.statusCode).toBe('error.authentication.invalidCredentials');
    expect((await change('bob-demo-password', 'short')).json.statusCode).toBe('error.invalidParameter');
    expect((await login('bob@example.com', 'bob-demo-password')).json.statusCode).toBe('success');

    const token = (await login('bob@example.com', 'bob-demo-password', true)).json.uniqueToken;
    const changed = await change('bob-demo-password', 'bobs-new-password');
    expect(withoutRequestId(changed.json)).toEqual({ statusCode: 'success', statusDetail: 'OK' });
    expect((await login('bob@example.com', 'bob-demo-password')).json.statusCode).toBe('error.authentication.invalidCredentials');
    expect((await login('bob@example.com', 'bobs-new-password')).json).toMatchObject({ statusCode: 'success', contactNumber: '1000002' });
    // a new password logs remembered devices out
    expect((await withToken(token)).json.statusCode).toBe('error.authentication.invalidCredentials');
  });

  it('changePassword of an unknown contact is error.contact.notFound', async () => {
    const res = await auth('changePassword', { contactNumber: '424242', currentPassword: 'whatever-it-is', newPassword: 'long-enough-1' });
    expect(res.json.statusCode).toBe('error.contact.notFound');
  });

  it('counts calls as ContactAuthenticationPublicService.<operation>', async () => {
    await login('alice@example.com', 'alice-demo-password');
    await login('alice@example.com', 'wrong-password');
    await auth('changePassword', { contactNumber: '1000001', currentPassword: 'x', newPassword: 'y' });
    expect((await admin(sim, 'calls')).body).toEqual({
      'ContactAuthenticationPublicService.authenticate': 2,
      'ContactAuthenticationPublicService.changePassword': 1,
    });
  });

  it('contact calls share the institution-wide rate budget with the other services', async () => {
    await admin(sim, 'limits', { enabled: true, perMinute: 2 });
    try {
      expect((await callJson(sim, 'catalogService', 'isCatalogServiceAlive', {}, validJwt(clock.now()))).status).toBe(200);
      expect((await login('alice@example.com', 'alice-demo-password')).status).toBe(200);
      const refused = await callJson(sim, 'contactInformationPublicService', 'getContactData', { contactNumber: '1000001' }, validJwt(clock.now()));
      expect(refused.status).toBe(509);
      expect((await admin(sim, 'calls')).body).toMatchObject({ 'ContactInformationPublicService.getContactData': 1, rejected: 1 });
    } finally {
      await admin(sim, 'limits', { enabled: true, perMinute: 180 });
    }
  });
});
