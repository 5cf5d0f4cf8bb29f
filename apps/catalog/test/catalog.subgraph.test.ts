import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id state name(lang: "de") } ... on Performance { id product { id } } } }`;

/**
 * The catalog subgraph alone with the simulator, asked as the gateway asks it. Its answers come
 * from a snapshot of SecuTix's catalog, loaded on the first request (the fault test comes first;
 * with no minimum between exports, the next request loads it again at once).
 */
describe('the catalog subgraph alone', () => {
  let catalog: SubgraphUnderTest;
  beforeAll(async () => {
    catalog = await startSubgraph('catalog', { env: { CATALOG_MIN_REFRESH_SECONDS: '0' } });
    // SecuTix's one export per 10 minutes would count the failed one: lifted, so the next request loads
    await catalog.sim.limits({ catalogDetailedIntervalMs: 0 });
  });
  afterAll(() => catalog?.close());

  it('answers UPSTREAM_UNAVAILABLE, never SecuTix fault text, when SecuTix fails its first load', async () => {
    await catalog.sim.faults(failing('CatalogService.getCatalogDetailed'));
    try {
      const res = await catalog.query(`{ product(id: "10001") { id } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true, operation: 'getCatalogDetailed' });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await catalog.sim.faults({});
    }
  });

  it('answers the seeded institution: a product in the language asked, else the main language (fr), its price range and point of sale', async () => {
    const res = await catalog.query(`{
      product(id: "10001") { id code en: name(lang: "en-GB") main: name state familyType purchaseMode priceRange { min { amount currencyCode } max { amount currencyCode } } performances { id } }
      pointOfSale { id name currencyCode mainLanguage languages } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.product).toEqual({
      id: '10001', code: 'P000001', en: 'Piano recital: Dvořák', main: 'Récital de piano : Dvořák', state: 'ON_SALE', familyType: 'SINGLE_ENTRY', purchaseMode: 'PERFORMANCE_SEAT',
      priceRange: { min: { amount: '53.50', currencyCode: 'EUR' }, max: { amount: '89.00', currencyCode: 'EUR' } },
      performances: [{ id: '900001' }],
    });
    expect(res.data.pointOfSale).toEqual({ id: '1001', name: 'Demo Arts & Sports', currencyCode: 'EUR', mainLanguage: 'fr', languages: ['fr', 'en', 'de'] });
  });

  it('resolves product and performance references from the snapshot, null for unknown ids', async () => {
    const res = await catalog.query(ENTITIES, { r: [{ __typename: 'Product', id: '10001' }, { __typename: 'Performance', id: '900001' }, { __typename: 'Product', id: '424242' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0]).toEqual({ id: '10001', state: 'ON_SALE', name: 'Klavierabend: Dvořák' });
    expect(res.data._entities[1]).toEqual({ id: '900001', product: { id: '10001' } });
    expect(res.data._entities[2]).toBeNull();
  });

  it('costs SecuTix nothing per reference once the snapshot is loaded', async () => {
    await catalog.query(`{ pointOfSale { id } }`); // the snapshot is loaded
    await catalog.sim.reset();
    const r = Array.from({ length: 30 }, (_, i) => ({ __typename: 'Product', id: String(10001 + i) }));
    const res = await catalog.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }`, { r });
    expect(res.data._entities.filter(Boolean)).toHaveLength(30);
    expect(await catalog.sim.total()).toBe(0);
  });

  it('refuses bad input with BAD_USER_INPUT naming the argument; a well-formed unknown id is NOT_FOUND', async () => {
    const tooMany = await catalog.query(`{ products(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
    const notAnId = await catalog.query(`{ product(id: "abc") { id } }`);
    expect(notAnId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const notALanguage = await catalog.query(`{ product(id: "10001") { name(lang: "not a language") } }`);
    expect(notALanguage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await catalog.query(`{ product(id: "424242") { id } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: '424242' });
  });

  it('refuses a request whose identity header does not verify, with 401 UNAUTHENTICATED', async () => {
    const forged = await catalog.query(`{ pointOfSale { id } }`, {}, { headers: { 'x-stx-identity': 'stxid1.eyJjIjoiMTAwMDAwMSJ9.forged' } });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.data ?? null).toBeNull();
    // the gateway's header, signed with this subgraph's secret, passes
    expect((await catalog.query(`{ pointOfSale { id } }`, {}, { headers: catalog.asCaller('1000001') })).data).toEqual({ pointOfSale: { id: '1001' } });
  });
});
