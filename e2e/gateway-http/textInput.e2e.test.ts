import { getTestRedisUrl, startStack, type Stack } from '@stx/testing';

const UPDATE = `mutation($first: String) { updateMyProfile(input: { firstName: $first }) { contact { firstName } userErrors { code field } } }`;
const FIRST_NAME = `{ me { firstName } }`;

/**
 * Text on its way to SecuTix and back, over either transport: whatever XML 1.0 can carry comes
 * back exactly as it was given; what it cannot (a NUL, another control character, half a
 * surrogate pair) is refused with a coded error before SecuTix is asked.
 */
describe.each(['soap', 'json'] as const)('text input (%s)', (transport) => {
  let stack: Stack;
  let auth: { headers: Record<string, string> };

  beforeAll(async () => {
    stack = await startStack({ transport, redisUrl: getTestRedisUrl() });
    const login = await stack.query(`mutation { login(email: "alice@example.com", password: "alice-demo-password") { token } }`);
    auth = { headers: { authorization: `Bearer ${login.data.login.token}` } };
  });
  afterAll(() => stack?.close());

  it('keeps tabs, line breaks, accents, emoji and what looks like markup or a reference', async () => {
    const name = 'Zoë\t🎭\r\nB &#x9; <b>&amp;';
    const res = await stack.query(UPDATE, { first: name }, auth);
    expect(res.data.updateMyProfile).toEqual({ contact: { firstName: name }, userErrors: [] });
    expect((await stack.query(FIRST_NAME, {}, auth)).data.me.firstName).toBe(name);
  });

  it('refuses a character XML has no place for, in a variable or written in the document, and changes nothing', async () => {
    const before = (await stack.query(FIRST_NAME, {}, auth)).data.me.firstName;
    const calls = await stack.sim.count('ContactInformationPublicService.updateContactData');
    const refusals = [
      await stack.query(UPDATE, { first: 'Ali\u0000ce' }, auth),
      await stack.query(UPDATE, { first: 'half \uD83C pair' }, auth),
      await stack.query(`mutation { updateMyProfile(input: { firstName: "bell\\u0007" }) { contact { firstName } } }`, {}, auth),
    ];
    expect(refusals.map((r) => [r.status, r.errors?.[0]?.extensions?.code, /U\+[0-9A-F]{4}/.exec(r.errors?.[0]?.extensions?.detail)?.[0]])).toEqual([
      [400, 'BAD_USER_INPUT', 'U+0000'],
      [400, 'BAD_USER_INPUT', 'U+D83C'],
      [400, 'BAD_USER_INPUT', 'U+0007'],
    ]);
    expect(await stack.sim.count('ContactInformationPublicService.updateContactData')).toBe(calls);
    expect((await stack.query(FIRST_NAME, {}, auth)).data.me.firstName).toBe(before);
  });

  it('names where a character sits in variables nested thousands deep, at a subgraph reached directly, without walking the path again per level', async () => {
    const depth = 20_000;
    const body = `{"query":"{ __typename }","variables":{"x":${'['.repeat(depth)}"a\\u0000"${']'.repeat(depth)}}}`;
    const res = await fetch(stack.subgraphUrls.contacts, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const error = ((await res.json()) as { errors: { extensions: { code: string; detail?: string } }[] }).errors[0];
    expect([res.status, error.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(error.extensions.detail ?? (error as unknown as { message: string }).message).toMatch(/^\$x(\[0\]){19}…(\[0\]){20} holds U\+0000/);
  });
});
