import { signIdentity } from '@stx/identity';
import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = `{ me { contactNumber email } }`;

/**
 * The engine shares identical subgraph requests that are in flight at the same moment, and the
 * gateway reuses a caller's signed identity header: neither may ever hand one caller's data to
 * another, nor let a client choose its own identity.
 */
describe('callers kept apart through the gateway', () => {
  let stack: Stack;
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    // SecuTix's realistic latency keeps the concurrent requests below in flight together
    stack = await startStack({ redisUrl: getTestRedisUrl(), sim: { latency: 'realistic' } });
  });
  afterAll(() => stack?.close());

  const login = async (email: string, password: string) => (await stack.query(LOGIN, { email, password })).data.login.token as string;

  it('answers identical concurrent queries of two callers each with their own contact', async () => {
    const alice = await login('alice@example.com', 'alice-demo-password');
    const bob = await login('bob@example.com', 'bob-demo-password');
    const callers = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? { token: alice, contact: '1000001' } : { token: bob, contact: '1000002' }));
    const answers = await Promise.all(callers.map(({ token }) => stack.query(ME, {}, bearer(token))));
    answers.forEach((answer, i) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.me.contactNumber).toBe(callers[i].contact);
    });
  });

  it("never forwards a client's own identity header, even one signed with the real secret", async () => {
    const forged = signIdentity({ contactNumber: '1000001' }, stack.secrets.identitySecret, Date.now());
    const res = await stack.query(ME, {}, { headers: { 'x-stx-identity': forged } });
    expect(res.data.me).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
