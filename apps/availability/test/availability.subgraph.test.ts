import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const PRODUCTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id availability { level code } bookingUrl(lang: "en") } } }`;
const PERFORMANCES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Performance { id availability { level code } seatCategoryAvailability { seatCategoryId availability { level } } bookingUrl } } }`;
const product = (id: string | number) => ({ __typename: 'Product', id: String(id), state: 'ON_SALE' });
const performance = (id: string | number) => ({ __typename: 'Performance', id: String(id), state: 'ON_SALE' });

/** The availability subgraph alone with the simulator: the references the gateway sends it, with the catalog's `state`. */
describe('the availability subgraph alone', () => {
  let availability: SubgraphUnderTest;
  beforeAll(async () => {
    availability = await startSubgraph('availability');
  });
  afterAll(() => availability?.close());

  it("answers the seeded stock: SecuTix's indicator, its seat categories and the ticket shop's links", async () => {
    const products = await availability.query(PRODUCTS, { r: [product(10001)] });
    expect(products.errors).toBeUndefined();
    expect(products.data._entities).toEqual([{ id: '10001', availability: { level: 'AVAILABLE', code: 1 }, bookingUrl: 'https://demo.shop.secutix.com/api/1/redirect/product?id=10001&lang=en' }]);
    const performances = await availability.query(PERFORMANCES, { r: [performance(900001)] });
    expect(performances.data._entities[0]).toMatchObject({
      id: '900001',
      availability: { level: 'AVAILABLE', code: 1 },
      seatCategoryAvailability: [
        { seatCategoryId: '700001', availability: { level: 'AVAILABLE' } },
        { seatCategoryId: '700002', availability: { level: 'AVAILABLE' } },
      ],
    });
  });

  it('asks SecuTix once for a batch of references, and not again while cached', async () => {
    await availability.sim.reset();
    const r = Array.from({ length: 10 }, (_, i) => product(10011 + i));
    const first = await availability.query(PRODUCTS, { r });
    expect(first.data._entities.map((e: { availability: { level: string } }) => e.availability.level)).toEqual(['FEW_LEFT', ...Array(9).fill('AVAILABLE')]);
    expect(await availability.sim.count('AvailabilityService.getProductAvailability')).toBe(1);
    await availability.query(PRODUCTS, { r });
    expect(await availability.sim.total()).toBe(1);
  });

  it('says SOLD_OUT (indicator 3) and gives no booking link once every seat is sold', async () => {
    await availability.sim.sell(900003, 100_000);
    const res = await availability.query(PERFORMANCES, { r: [performance(900003)] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0]).toMatchObject({ id: '900003', availability: { level: 'SOLD_OUT', code: 3 }, bookingUrl: null });
  });

  it('gives no availability for a product SecuTix does not know', async () => {
    const res = await availability.query(PRODUCTS, { r: [product(424242)] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([{ id: '424242', availability: null, bookingUrl: null }]);
  });

  it('answers a reference whose id is no SecuTix id with null, asking SecuTix nothing', async () => {
    await availability.sim.reset();
    const res = await availability.query(PRODUCTS, { r: [product('abc'), product('010001'), product('99999999999999999999'), { __typename: 'Product', state: 'ON_SALE' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([null, null, null, null]);
    expect(await availability.sim.total()).toBe(0);
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    await availability.sim.faults(failing('AvailabilityService.getProductAvailability'));
    try {
      const res = await availability.query(PRODUCTS, { r: [product(10031), product(10032)] });
      expect(res.data._entities.map((e: { availability: unknown }) => e.availability)).toEqual([null, null]);
      expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await availability.sim.faults({});
    }
  });

  it('refuses a malformed language with BAD_USER_INPUT and an identity header that does not verify with 401', async () => {
    const badLang = await availability.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { bookingUrl(lang: "xx yy") } } }`, { r: [product(10001)] });
    expect(badLang.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' });
    const forged = await availability.query(PRODUCTS, { r: [product(10001)] }, { headers: { 'x-stx-identity': 'stxid1.e30.forged' } });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
