import { ResponseCache } from './ResponseCache';

const publicRootFields = ['products', 'product', 'performance', 'pointOfSale'];

describe('ResponseCache', () => {
  let clock = 0;
  const cache = (o: { maxEntries?: number; maxBytes?: number } = {}) => new ResponseCache({ ttlSeconds: 5, maxEntries: 2, maxBytes: 1024 * 1024, publicRootFields, now: () => clock, ...o });

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
    // a real clock's time (lru-cache takes a start time of 0 for "no start")
    clock = 1_700_000_000_000;
    c.set('k1', '{"data":{}}');
    clock += 4_999;
    expect(c.get('k1')).toBe('{"data":{}}');
    clock += 2;
    expect(c.get('k1')).toBeUndefined();
    c.set('a', '{"data":1}');
    c.set('b', '{"data":2}');
    c.set('c', '{"data":3}');
    expect(c.get('a')).toBeUndefined();
    c.set('e', '{"data":null,"errors":[{}]}');
    expect(c.get('e')).toBeUndefined();
  });

  it('holds no more than its byte budget, whatever the number of entries, and refuses an answer over it', () => {
    const c = cache({ maxEntries: 2000, maxBytes: 10_000 });
    clock = 1_700_000_000_000;
    const answer = `{"data":"${'x'.repeat(1000)}"}`;
    for (let i = 0; i < 10; i++) expect(c.set(`key${i}`, answer)).toBe(true);
    // 2 bytes a character: four answers of about 1 KB fill 10 KB
    expect(c.get('key0')).toBeUndefined();
    expect(c.get('key9')).toBe(answer);
    expect(c.heldBytes).toBeLessThanOrEqual(10_000);
    expect(c.set('huge', `{"data":"${'x'.repeat(6000)}"}`)).toBe(false);
    expect(c.get('huge')).toBeUndefined();
  });

  it('bounds what it remembers of query texts by bytes: 20,000 distinct 10 KB queries hold at most its budget', () => {
    const c = cache({ maxEntries: 2000, maxBytes: 8 * 1024 * 1024 });
    for (let i = 0; i < 20_000; i++) c.keyFor({}, { query: `{ products(filter: { search: "${i}${'a'.repeat(10_000)}" }) { totalCount } }` });
    // before: 2,000 texts of 10 KB (20 MB as two-byte strings) whatever the budget
    expect(c.heldBytes).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
