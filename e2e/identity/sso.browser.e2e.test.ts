import type { Browser } from 'playwright-core';
import { startStack, type Stack, launchChromium } from '@stx/testing';

const ME = '{ me { contactNumber email firstName } }';

/**
 * Single sign-on in a real browser: the gateway sends the buyer to SecuTix's login page (the
 * simulator as IdP), the signed answer comes back to the gateway, and the session cookie then
 * identifies the buyer to GraphQL. SecuTix's own contact cookie works too, when it verifies.
 */
describe('SAML single sign-on in a headless browser', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack({ sso: true });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const publicUrl = () => `http://localhost:${new URL(stack.gatewayUrl).port}`;

  it('logs alice in through SecuTix and answers me from the session cookie', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publicUrl()}/auth/saml/login?returnTo=/graphql`);
    await page.fill('input[name="email"]', 'alice@example.com');
    await page.fill('input[name="password"]', 'alice-demo-password');
    await Promise.all([page.waitForURL(`${publicUrl()}/graphql`), page.click('#login')]);
    const cookies = await context.cookies(publicUrl());
    const session = cookies.find((c) => c.name === 'stx_gw_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    const me = await page.evaluate(async (query) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return res.json();
    }, ME);
    expect(me.data.me).toEqual({ contactNumber: '1000001', email: 'alice@example.com', firstName: 'Alice' });
    await context.close();
  });

  it('shows the login page again on a wrong password, and opens no session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publicUrl()}/auth/saml/login`);
    await page.fill('input[name="email"]', 'alice@example.com');
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('#login');
    // a Locator is not a promise: wait for the re-rendered page itself before reading it
    await page.getByText('E-mail or password is wrong').waitFor();
    expect(await page.content()).toContain('E-mail or password is wrong');
    expect((await context.cookies(publicUrl())).find((c) => c.name === 'stx_gw_session')).toBeUndefined();
    await context.close();
  });

  it('takes identity from SecuTix contact cookie only when it verifies', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publicUrl()}/auth/saml/login`);
    await page.fill('input[name="email"]', 'bob@example.com');
    await page.fill('input[name="password"]', 'bob-demo-password');
    await Promise.all([page.waitForURL(`${publicUrl()}/`), page.click('#login')]);
    const simCookies = await context.cookies(stack.sim.url);
    const contact = simCookies.find((c) => c.name === 'stx_contact_DEMO_INTERNET_v1');
    expect(contact).toBeDefined();
    const cookie = `stx_contact_DEMO_INTERNET_v1=${contact!.value}`;
    const asBob = await stack.query(ME, {}, { headers: { cookie } });
    expect(asBob.data.me.contactNumber).toBe('1000002');
    const visitor = await stack.query('{ visitor { firstName } }', {}, { headers: { cookie } });
    expect(visitor.data.visitor.firstName).toBe('Bob');

    const decoded = JSON.parse(decodeURIComponent(contact!.value));
    const extra = JSON.parse(decoded.additionalData);
    const tampered = { ...decoded, additionalData: JSON.stringify({ ...extra, data: Buffer.from('x'.repeat(32)).toString('base64') }) };
    const forged = await stack.query(ME, {}, { headers: { cookie: `stx_contact_DEMO_INTERNET_v1=${encodeURIComponent(JSON.stringify(tampered))}` } });
    expect(forged.data.me).toBeNull();
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('refuses a forged session cookie with 401 and the scheme that would be accepted', async () => {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'stx_gw_session=stxs1.eyJzdWIiOiIxMDAwMDAyIiwiZXhwIjo5OTk5OTk5OTk5fQ.AAAA' }, body: JSON.stringify({ query: ME }) });
    expect(res.status).toBe(401);
    // no token was presented, so no error attribute (RFC 6750 3.1)
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    const body = await res.json();
    expect(body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', retryable: false });
  });
});
