import { startStack, type Stack } from '@stx/testing';

/** The catalog subgraph on its own: entity references as the gateway sends them. */
describe('catalog subgraph _entities', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('resolves product and performance references from the snapshot, null for unknown ids', async () => {
    const res = await stack.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id state name(lang: "de") } ... on Performance { id product { id } } } }`,
      { r: [{ __typename: 'Product', id: '10001' }, { __typename: 'Performance', id: '900001' }, { __typename: 'Product', id: '424242' }] },
      stack.subgraphUrls.catalog,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0]).toMatchObject({ id: '10001', state: 'ON_SALE', name: expect.any(String) });
    expect(res.data._entities[1]).toEqual({ id: '900001', product: { id: '10001' } });
    expect(res.data._entities[2]).toBeNull();
  });

  it('costs SecuTix nothing per reference once the snapshot is loaded', async () => {
    await stack.sim.reset();
    const r = Array.from({ length: 30 }, (_, i) => ({ __typename: 'Product', id: String(10001 + i) }));
    await stack.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }`, { r }, stack.subgraphUrls.catalog);
    expect(await stack.sim.total()).toBe(0);
  });
});
