import { startStack, type Stack } from '@stx/testing';

/**
 * What a client reads follows one language rule in every subgraph and in the gateway: errors'
 * messages in fr, en or de by Accept-Language (English otherwise), catalog texts and links by
 * `lang`, then Accept-Language, then the institution's main language, a BCP 47 tag meaning its
 * language (`en-GB` is `en`), a malformed `lang` refused alike everywhere.
 */
describe('messages and the language rule', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
  }, 60_000);
  afterAll(() => stack?.close());

  const ask = (query: string, acceptLanguage?: string, variables?: Record<string, unknown>) =>
    stack.query(query, variables, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });

  it.each([
    ['fr-CH,fr;q=0.9', "Vous n'êtes pas connecté, ou votre session n'est plus valable : connectez-vous (un achat en invité commence par createGuestContact)."],
    ['de', 'Sie sind nicht angemeldet oder Ihre Sitzung ist nicht mehr gültig: Melden Sie sich an (ein Gastkauf beginnt mit createGuestContact).'],
    [undefined, 'You are not logged in, or your session is no longer valid: log in (a guest checkout starts with createGuestContact).'],
  ])('tells "must be logged in" in the language of Accept-Language %s', async (acceptLanguage, message) => {
    const res = await ask('{ me { contactNumber } }', acceptLanguage);
    expect(res.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'UNAUTHENTICATED', retryable: false } })]);
  });

  it("tells a subgraph's input error in German, naming the argument, with our English detail beside it", async () => {
    const res = await ask('{ products(first: 1000) { totalCount } }', 'de');
    expect(res.errors?.[0]).toMatchObject({
      message: 'Ein Argument ist fehlerhaft oder außerhalb des Bereichs: first, höchstens 100.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', max: 100, detail: 'first must be between 0 and 100' },
    });
  });

  it("keeps graphql-js's own words in a schema refusal, after the translated sentence", async () => {
    const res = await ask('{ nope }', 'fr');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toBe("L'opération ne correspond pas au schéma. Cannot query field \"nope\" on type \"Query\".");
  });

  it("tells the front's own refusals (CSRF) in the caller's language too", async () => {
    const res = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ pointOfSale { id } }')}`, { headers: { 'accept-language': 'de' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toEqual({ message: 'Senden Sie diese Anfrage als JSON oder fügen Sie einen apollo-require-preflight-Header hinzu.', extensions: { code: 'CSRF_PREVENTED', retryable: false } });
  });

  it('reads a region tag as its language in the catalog, by argument and by Accept-Language', async () => {
    const id = (await ask('{ products(first: 1) { edges { node { id } } } }')).data.products.edges[0].node.id;
    const NAMES = `query($id: ID!) { product(id: $id) { en: name(lang: "en") gb: name(lang: "en-GB") de: name(lang: "de") fr: name(lang: "fr") plain: name } }`;
    const names = (await ask(NAMES, 'en-GB,en;q=0.8', { id })).data.product;
    expect(names.en).not.toBe(names.fr); // the demo names its products in several languages
    expect(names.gb).toBe(names.en);
    expect(names.plain).toBe(names.en);
    expect((await ask(NAMES, 'de-AT', { id })).data.product.plain).toBe(names.de);
    expect((await ask(NAMES, undefined, { id })).data.product.plain).toBe(names.fr); // the institution's main language
  });

  it('refuses a malformed lang alike in the catalog and in availability: the LanguageCode scalar, at the gateway and in each subgraph', async () => {
    const id = (await ask('{ products(first: 1, filter: { onSaleOnly: true }) { edges { node { id } } } }')).data.products.edges[0].node.id;
    for (const field of ['name(lang: "english!")', 'bookingUrl(lang: "english!")']) {
      const res = await ask(`query($id: ID!) { product(id: $id) { ${field} } }`, undefined, { id });
      expect(res.status).toBe(400); // the whole operation, before any subgraph: no field answered without it
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' });
    }
    // a subgraph reached directly holds the same rule
    for (const [subgraph, field] of [['catalog', 'name(lang: "english!")'], ['availability', 'bookingUrl(lang: "english!")']] as const) {
      const direct = await stack.query(`{ _entities(representations: [{ __typename: "Product", id: "${id}", state: ON_SALE }]) { ... on Product { ${field} } } }`, {}, { url: stack.subgraphUrls[subgraph] });
      expect([subgraph, direct.errors?.[0].extensions]).toEqual([subgraph, expect.objectContaining({ code: 'BAD_USER_INPUT' })]);
    }
    const byVariable = await ask('query($id: ID!, $lang: LanguageCode) { product(id: $id) { name(lang: $lang) } }', undefined, { id, lang: 'english!' });
    expect(byVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' });
  });

  it('reads a lang in any case or with an underscore as its canonical tag', async () => {
    const id = (await ask('{ products(first: 1) { edges { node { id } } } }')).data.products.edges[0].node.id;
    const res = await ask('query($id: ID!, $lang: LanguageCode) { product(id: $id) { a: name(lang: "EN_gb") b: name(lang: $lang) c: name(lang: "en") } }', undefined, { id, lang: 'en-gb' });
    expect(res.data.product.a).toBe(res.data.product.c);
    expect(res.data.product.b).toBe(res.data.product.c);
    expect((await ask('{ pointOfSale { mainLanguage languages } }')).data.pointOfSale).toEqual({ mainLanguage: 'fr', languages: ['fr', 'en', 'de'] });
  });

  it('gives booking links in the language of Accept-Language when no lang is given', async () => {
    const res = await ask('{ products(first: 20, filter: { onSaleOnly: true }) { edges { node { bookingUrl } } } }', 'de-CH');
    const url = res.data.products.edges.map((e: { node: { bookingUrl: string | null } }) => e.node.bookingUrl).find(Boolean);
    expect(new URL(url).searchParams.get('lang')).toBe('de');
  });
});
