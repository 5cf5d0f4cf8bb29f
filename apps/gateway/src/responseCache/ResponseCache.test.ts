import { ResponseCache } from './ResponseCache';

const publicRootFields = ['products', 'product', 'performance', 'pointOfSale'];

describe('ResponseCache', () => {
  let clock = 0;
  const cache = () => new ResponseCache({ ttlSeconds: 5, maxEntries: 2, publicRootFields, now: () => clock });

  it('keys public queries by text, variables and operation name', () => {
    const c = cache();
    const a = c.keyFor({}, { query: 'query A($id: ID!) { product(id: $id) { id } }', variables: { id: '1' } });
    const b = c.keyFor({}, { query: 'query A($id: ID!) { product(id: $id) { id } }', variables: { id: '2' } });
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('never caches mutations, private root fields, or requests with credentials', () => {
    const c = cache();
    expect(c.keyFor({}, { query: 'mutation { login(email: "a", password: "b") { token } }' })).toBeUndefined();
    expect(c.keyFor({}, { query: '{ me { email } products { totalCount } }' })).toBeUndefined();
    expect(c.keyFor({}, { query: '{ ...F } fragment F on Query { me { email } }' })).toBeUndefined();
    expect(c.keyFor({ authorization: 'Bearer x' }, { query: '{ products { totalCount } }' })).toBeUndefined();
    expect(c.keyFor({ cookie: 'a=b' }, { query: '{ products { totalCount } }' })).toBeUndefined();
    expect(c.keyFor({}, { query: '{ products {' })).toBeUndefined();
  });

  it('forgets entries after the TTL and past its size bound, and never keeps errors', () => {
    const c = cache();
    clock = 0;
    c.set('k1', '{"data":{}}');
    clock = 4_999;
    expect(c.get('k1')).toBe('{"data":{}}');
    clock = 5_000;
    expect(c.get('k1')).toBeUndefined();
    c.set('a', '{"data":1}');
    c.set('b', '{"data":2}');
    c.set('c', '{"data":3}');
    expect(c.get('a')).toBeUndefined();
    c.set('e', '{"data":null,"errors":[{}]}');
    expect(c.get('e')).toBeUndefined();
  });
});
