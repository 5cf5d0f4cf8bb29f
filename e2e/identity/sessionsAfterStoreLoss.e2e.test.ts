import { startRedisServer, startStack, type RedisHandle, type Stack } from '@stx/testing';

const LOGIN = `mutation { login(email: "bob@example.com", password: "bob-demo-password") { token refreshToken userErrors { code } } }`;
const ME = '{ me { contactNumber } }';
const REFRESH = `mutation($t: String!) { refreshLogin(refreshToken: $t) { token userErrors { code } } }`;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * What ended a session (logout, a reused refresh token, a password change) is remembered in the
 * coordination store. A Redis that restarts empty, is flushed or evicts those keys would bring
 * every logged-out session back: found by an operator's test. Sessions opened before the store's
 * state began are now refused, so a lost store logs everyone out instead of everyone back in.
 */
describe('sessions when the coordination store loses its data', () => {
  let redis: RedisHandle;
  let stack: Stack;

  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ redisUrl: redis.url, env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('keeps a logged-out session ended, and asks every older one to log in again, after Redis restarts empty', async () => {
    const ended = (await stack.query(LOGIN)).data.login;
    const kept = (await stack.query(LOGIN)).data.login;
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    await stack.query(`mutation($t: String) { logout(refreshToken: $t) { loggedOut } }`, { t: ended.refreshToken }, bearer(ended.token));
    expect((await stack.query(ME, {}, bearer(ended.token))).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    expect((await stack.query(ME, {}, bearer(kept.token))).data.me.contactNumber).toBe('1000002');

    // a restart with nothing saved: every marker is gone
    await redis.stop();
    redis = await startRedisServer({ port: redis.port });
    let me = await stack.query(ME, {}, bearer(ended.token));
    for (let i = 0; i < 50 && me.errors?.[0].extensions?.code === 'UPSTREAM_UNAVAILABLE'; i++) {
      await wait(100);
      me = await stack.query(ME, {}, bearer(ended.token));
    }
    expect(me.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    expect((await stack.query(ME, {}, bearer(kept.token))).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    expect((await stack.query(REFRESH, { t: ended.refreshToken })).data.refreshLogin.token).toBeNull();
    expect((await stack.query(REFRESH, { t: kept.refreshToken })).data.refreshLogin.token).toBeNull();

    // a new login works at once
    const again = (await stack.query(LOGIN)).data.login;
    expect((await stack.query(ME, {}, bearer(again.token))).data.me.contactNumber).toBe('1000002');
  });
});
