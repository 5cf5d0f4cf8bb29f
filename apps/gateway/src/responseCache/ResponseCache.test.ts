import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CachePolicies } from '../cachePolicy/CachePolicies';
import { ResponseCache } from './ResponseCache';

const supergraph = readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
const policies = CachePolicies.fromSupergraph(supergraph, { maxSeconds: 300, maxTexts: 100, maxTokens: 3000 });
const TOPICS = '{ topics { id name } }';
const TOPICS_HASH = 'a'.repeat(64);

describe('ResponseCache', () => {
  let clock = 0;
  const persisted = (trustedOnly: boolean) => ({ trustedOnly, textOf: (hash: string) => (hash === TOPICS_HASH ? TOPICS : undefined) });
  const cache = (trustedOnly = false, o: { maxEntries?: number; maxBytes?: number } = {}) =>
    new ResponseCache({ maxEntries: 2, maxBytes: 1024 * 1024, policies, persisted: persisted(trustedOnly), now: () => clock, ...o });

  it('keys shareable queries by language, operation name, text and variables, with the policy’s lifetime', () => {
    const c = cache();
    const a = c.shareable({}, { query: 'query A($id: ID!) { product(id: $id) { id } }', variables: { id: '1' } });
    const b = c.shareable({}, { query: 'query A($id: ID!) { product(id: $id) { id } }', variables: { id: '2' } });
    expect(a?.seconds).toBe(300);
    expect(a?.key).not.toBe(b?.key);
    expect(c.shareable({ 'accept-language': 'de' }, { query: TOPICS })?.key).not.toBe(c.shareable({}, { query: TOPICS })?.key);
    expect(c.shareable({}, { query: '{ products(first: 1) { edges { node { availability { level } } } } }' })?.seconds).toBe(10);
  });

  it('shares a persisted query’s answer with its text, by hash from a POST or a GET, never a registration', () => {
    const c = cache();
    const byText = c.shareable({}, { query: TOPICS });
    expect(c.shareable({}, { extensions: { persistedQuery: { version: 1, sha256Hash: TOPICS_HASH } } })).toEqual(byText);
    expect(c.shareable({}, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: TOPICS_HASH } }) })).toEqual(byText);
    expect(c.shareable({}, { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } })).toBeUndefined();
    expect(c.shareable({}, { query: TOPICS, extensions: { persistedQuery: { version: 1, sha256Hash: TOPICS_HASH } } })).toBeUndefined();
    expect(cache(true).shareable({}, { query: TOPICS })).toBeUndefined();
    expect(cache(true).shareable({}, { extensions: { persistedQuery: { version: 1, sha256Hash: TOPICS_HASH } } })).toEqual(byText);
  });

  it('never shares mutations, private fields, or requests with credentials', () => {
    const c = cache();
    expect(c.shareable({}, { query: 'mutation { login(email: "a", password: "b") { token } }' })).toBeUndefined();
    expect(c.shareable({}, { query: '{ me { email } products { totalCount } }' })).toBeUndefined();
    expect(c.shareable({ authorization: 'Bearer x' }, { query: '{ products { totalCount } }' })).toBeUndefined();
    expect(c.shareable({ cookie: 'a=b' }, { query: '{ products { totalCount } }' })).toBeUndefined();
    expect(c.shareable({}, { query: '{ products {' })).toBeUndefined();
    expect(c.shareable({}, { query: TOPICS, operationName: 3 })).toBeUndefined();
  });

  it('leaves variables nested too deep to serialise to the engine, which refuses them with a code', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(cache().shareable({}, { query: '{ products(first: 1) { totalCount } }', variables: { f: deep } })).toBeUndefined();
  });

  it('forgets entries after their lifetime and past its size bound, and never keeps errors', () => {
    const c = cache();
    clock = 0;
    const kept = c.set('k1', '{"data":{}}', 5);
    expect(kept).toMatchObject({ etag: expect.stringMatching(/^"/), seconds: 5 });
    expect(kept?.body.length).toBe(11);
    clock = 4_999;
    expect(c.get('k1')?.body.toString()).toBe('{"data":{}}');
    expect(c.ageOf(kept!)).toBe(4);
    clock = 5_000;
    expect(c.get('k1')).toBeUndefined();
    c.set('a', '{"data":1}', 5);
    c.set('b', '{"data":2}', 5);
    c.set('c', '{"data":3}', 5);
    expect(c.get('a')).toBeUndefined();
    expect(c.set('e', '{"data":null,"errors":[{}]}', 5)).toBeUndefined();
    expect(c.get('e')).toBeUndefined();
  });

  it('holds no more than its byte budget, whatever the number of entries, and refuses an answer over it', () => {
    const c = cache(false, { maxEntries: 2000, maxBytes: 10_000 });
    clock = 1_700_000_000_000;
    const answer = `{"data":"${'x'.repeat(1000)}"}`;
    for (let i = 0; i < 10; i++) expect(c.set(`key${i}`, answer, 60)).toBeDefined();
    // keys at two bytes a character, bodies by their bytes: nine answers of about 1 KB fill 10 KB
    expect(c.get('key0')).toBeUndefined();
    expect(c.get('key9')?.body.toString()).toBe(answer);
    expect(c.heldBytes).toBeLessThanOrEqual(10_000);
    expect(c.set('huge', `{"data":"${'x'.repeat(12_000)}"}`, 60)).toBeUndefined();
    expect(c.get('huge')).toBeUndefined();
  });
});
