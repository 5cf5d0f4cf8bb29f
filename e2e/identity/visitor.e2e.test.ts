import { startStack, type Stack } from '@stx/testing';

/** Anonymous pages: SecuTix's cookies give display fields and the cart, never an identity. */
describe('visitor and account links', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { STATIC_PAGE_TERMS: 'https://www.example.org/{LANGUAGE}/terms.html', TICKET_SHOP_URL: 'https://demo.shop.secutix.com', CORS_ORIGINS: 'https://www.example.org' } });
  });
  afterAll(() => stack?.close());

  it('reads display fields and the cart summary from SecuTix cookies', async () => {
    const contact = encodeURIComponent(JSON.stringify({ individualFirstname: 'Alice', individualLastname: 'Martin', lang: 'fr', additionalData: 'opaque' }));
    const cookie = `stx_contact_DEMO_INTERNET_v1=${contact}; stx_cartSummary_DEMO_INTERNET=${encodeURIComponent('3|135.50|EUR|2026-11-25T12:00:00Z|4711')}; other=1`;
    const res = await stack.query(`{ visitor { displayName firstName language cart { quantity total { amount currencyCode } expiresAt orderId } } me { contactNumber } }`, {}, { headers: { cookie } });
    expect(res.data.visitor).toEqual({
      displayName: 'Alice Martin',
      firstName: 'Alice',
      language: 'fr',
      cart: { quantity: 3, total: { amount: '135.50', currencyCode: 'EUR' }, expiresAt: '2026-11-25T12:00:00.000Z', orderId: '4711' },
    });
    expect(res.data.me).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ignores malformed cookies', async () => {
    const res = await stack.query(`{ visitor { displayName cart { quantity } } }`, {}, { headers: { cookie: 'stx_contact_DEMO_INTERNET_v1=%7Bbroken; stx_cartSummary_DEMO_INTERNET=abc|1|EUR' } });
    expect(res.data.visitor).toEqual({ displayName: null, cart: null });
    // a cookie's language that is no language tag is none, never a failed visitor (Visitor.language is a LanguageCode)
    const odd = encodeURIComponent(JSON.stringify({ individualFirstname: 'Alice', lang: 'english!' }));
    const canonical = encodeURIComponent(JSON.stringify({ individualFirstname: 'Alice', lang: 'DE_ch' }));
    for (const [value, language] of [[odd, null], [canonical, 'de-CH']] as const) {
      const read = await stack.query(`{ visitor { firstName language } }`, {}, { headers: { cookie: `stx_contact_DEMO_INTERNET_v1=${value}` } });
      expect([read.errors, read.data.visitor]).toEqual([undefined, { firstName: 'Alice', language }]);
    }
  });

  it('builds account links and static pages in the requested language', async () => {
    const res = await stack.query(`{ accountLinks(lang: "de") { accountSpace profileEdit registration(callbackUrl: "https://www.example.org/back", showCriteria: false) terms help } }`);
    expect(res.data.accountLinks).toEqual({
      accountSpace: 'https://demo.shop.secutix.com/api/1/redirect/account?lang=de',
      profileEdit: 'https://demo.shop.secutix.com/api/1/redirect/account/edit?lang=de',
      registration: 'https://demo.shop.secutix.com/api/1/redirect/account/register?callbackUrl=https%3A%2F%2Fwww.example.org%2Fback&showAddress=true&showCriteria=false&showAuthorization=true&lang=de',
      terms: 'https://www.example.org/de/terms.html',
      help: null,
    });
  });
});
