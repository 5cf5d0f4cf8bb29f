import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';

const LOGIN = `mutation { login(email: "bob@example.com", password: "bob-demo-password") { refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshLogin(refreshToken: $t) { token refreshToken userErrors { code } } }`;

/**
 * REFRESH_REUSE_GRACE_SECONDS, for mobile apps whose calls race to refresh: within the grace a
 * just-used refresh token rotates again instead of ending the session; past it, reuse detection
 * is as without it (sessions.e2e.test.ts, where the grace is 0, the default).
 */
describe('refresh token reuse grace', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { REFRESH_REUSE_GRACE_SECONDS: '1' } });
  });
  afterAll(() => stack?.close());

  const refresh = async (token: string) => (await stack.query(REFRESH, { t: token })).data.refreshLogin;
  const me = async (token: string) => (await stack.query(`{ me { contactNumber } }`, {}, { headers: { authorization: `Bearer ${token}` } })).data?.me?.contactNumber;

  it('lets two refreshes of one token at once both succeed, and each new pair work', async () => {
    const { refreshToken } = (await stack.query(LOGIN)).data.login;
    const [a, b] = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    expect([a.userErrors, b.userErrors]).toEqual([[], []]);
    expect([await me(a.token), await me(b.token)]).toEqual(['1000002', '1000002']);
    expect((await refresh(a.refreshToken)).userErrors).toEqual([]);
  });

  it('ends the session for a used token presented after the grace', async () => {
    const { refreshToken } = (await stack.query(LOGIN)).data.login;
    const next = await refresh(refreshToken);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await refresh(refreshToken)).userErrors).toEqual([{ code: 'INVALID_TOKEN' }]);
    expect(await me(next.token)).toBeUndefined();
  });
});
