import { fragmentDiamond } from '@stx/testing';
import type { RawRequest } from '../graphql';

export interface FuzzRequest {
  kind: string;
  request: RawRequest & { method: string };
}

/** mulberry32: the same seed gives the same requests, so a failure found once is found again */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof randomSource>;

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (body: unknown, headers: Record<string, string> = JSON_TYPE): FuzzRequest['request'] => ({ method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** fields of the public schema, with a few that do not exist (a client's typo is input too) */
const PRODUCT_FIELDS = ['id', 'code', 'name(lang: "en")', 'description', 'state', 'familyType', 'salesStart', 'salesEnd', 'season { id }', 'topics { id }', 'nextPerformance { start }', 'prices { amount { amount currencyCode } }', 'priceRange { min { amount } max { amount } }', 'availability { level code asOf }', 'bookingUrl(lang: "en")', 'nope', 'name(lang: 42)'];
const PERFORMANCE_FIELDS = ['id', 'code', 'start', 'durationMinutes', 'state', 'availability { level asOf }', 'seatCategoryAvailability { level }', 'bookingUrl', 'prices { amount { amount } }', 'seatCategories { id }'];
const ROOTS = ['products(first: 5) { edges { node { %P } } }', 'products(first: 100, filter: { search: "a" }) { totalCount }', 'product(id: "%ID") { %P performances { %F } }', 'performance(id: "900001") { %F product { %P } }', 'pointOfSale { currency }', 'seasons { id }', 'topics { id }', 'me { email }', 'visitor { displayName }', 'order(id: "1") { id }'];
const IDS = ['10001', '10002', '10004', '99999999', '-1', 'abc', '1e9', '', '10001 OR 1=1', "10001'--", '../../etc/passwd', '%00'];

function fields(r: Random, from: string[], n: number): string {
  return Array.from({ length: n }, () => r.pick(from)).join(' ');
}

function validQuery(r: Random): string {
  const roots = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const root = r.pick(ROOTS).replace('%P', fields(r, PRODUCT_FIELDS, r.int(1, 6))).replace('%F', fields(r, PERFORMANCE_FIELDS, r.int(1, 5))).replace('%ID', r.pick(IDS));
    return i === 0 ? root : `r${i}: ${root}`;
  });
  return `{ ${roots.join(' ')} }`;
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function mutate(r: Random, text: string): string {
  let s = text;
  for (let i = r.int(1, 6); i > 0 && s.length > 0; i--) {
    const at = r.int(0, s.length - 1);
    switch (r.int(0, 4)) {
      case 0: s = s.slice(0, at) + s.slice(at + r.int(1, 10)); break;
      case 1: s = s.slice(0, at) + r.pick(['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '...', '"', '#', '\\', '\u0000', '𝓠', '=', '|', '&']) + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + r.int(1, 40)).repeat(r.int(2, 20)) + s.slice(at); break;
      case 3: s = s.slice(0, at); break;
      default: s = s.slice(at) + s.slice(0, at);
    }
  }
  return s;
}

/** one generator per kind of hostile request; each returns a request bounded in size (a few hundred KB at most) */
const KINDS: Record<string, (r: Random) => FuzzRequest['request']> = {
  valid: (r) => post({ query: validQuery(r) }),
  mutated: (r) => post({ query: mutate(r, validQuery(r)) }),
  deep: (r) => {
    const depth = r.int(5, 400);
    const inner = r.next() < 0.5 ? 'performances { product { '.repeat(depth) + 'id' + ' } }'.repeat(depth) : 'a { '.repeat(depth) + 'b' + ' }'.repeat(depth);
    return post({ query: `{ product(id: "10001") { ${inner} } }` });
  },
  wide: (r) => post({ query: `{ products(first: ${r.pick([1, 10, 100, 1000, -1])}) { edges { node { ${fields(r, PRODUCT_FIELDS, r.int(50, 3000))} } } } }` }),
  aliased: (r) => post({ query: `{ ${Array.from({ length: r.int(20, 2000) }, (_, i) => `a${i}: product(id: "1000${i % 9}") { id name }`).join(' ')} }` }),
  diamond: (r) => {
    if (r.next() < 0.2) return post({ query: '{ product(id: "10001") { ...A } } fragment A on Product { id ...B } fragment B on Product { name ...A }' });
    return post({ query: fragmentDiamond(r.int(5, 45)) });
  },
  garbage: (r) => {
    const bodies = [
      () => Buffer.from(Array.from({ length: r.int(1, 4000) }, () => r.int(0, 255))).toString('latin1'),
      () => '['.repeat(r.int(100, 70_000)),
      () => `{"query":${'['.repeat(r.int(100, 50_000))}`,
      () => JSON.stringify(r.pick([null, [], 42, 'query', { query: 123 }, { query: { a: 1 } }, { query: null }, { query: '{ id }', variables: 'x' }, { query: '{ id }', operationName: 7 }, {}])),
      () => `{"query": "{ product(id: \\"10001\\") { id } }", "query": "${'x'.repeat(r.int(1, 5000))}"}`,
    ];
    return post(r.pick(bodies)());
  },
  hugeVariables: (r) => {
    const variables = r.pick([
      () => ({ id: 'x'.repeat(r.int(1000, 100_000)) }),
      () => ({ id: '10001', ids: Array.from({ length: r.int(1000, 15_000) }, (_, i) => String(i)) }),
      () => ({ id: '10001', deep: nested(r.int(10, 3000)) }),
      () => ({ id: '10001', filter: { search: '🎭'.repeat(r.int(100, 20_000)), topicIds: Array.from({ length: r.int(10, 5000) }, () => 'x') } }),
      () => ({ id: 10001, filter: 'not an object' }),
    ])();
    return post({ query: 'query($id: ID!, $filter: ProductFilter) { product(id: $id) { id } products(first: 5, filter: $filter) { totalCount } }', variables });
  },
  contentType: (r) => {
    const query = validQuery(r);
    return r.pick([
      () => post({ query }, { 'content-type': 'text/plain' }),
      () => post({ query }, { 'content-type': 'application/x-www-form-urlencoded' }),
      () => post(`query=${encodeURIComponent(query)}`, { 'content-type': 'application/x-www-form-urlencoded' }),
      () => post({ query }, { 'content-type': 'multipart/form-data; boundary=x' }),
      () => post(query, { 'content-type': 'application/graphql' }),
      () => post({ query }, { 'content-type': 'application/json; charset=utf-7' }),
      () => post({ query }, {}),
      () => ({ method: 'GET', search: `?query=${encodeURIComponent(query)}`, headers: {} }),
      () => ({ method: 'GET', search: `?query=${encodeURIComponent('mutation { login(email: "a@b.c", password: "x") { token } }')}`, headers: {} }),
      () => ({ method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), headers: JSON_TYPE, body: JSON.stringify({ query }) }),
    ])();
  },
  batch: (r) => post(Array.from({ length: r.int(2, 60) }, () => ({ query: validQuery(r) }))),
  persisted: (r) => post({ query: r.next() < 0.5 ? validQuery(r) : undefined, extensions: { persistedQuery: { version: r.pick([1, 2, 'x']), sha256Hash: r.pick(['0'.repeat(64), 'abc', '']) } } }),
  introspection: (r) => post({ query: r.pick(['{ __schema { types { name fields { name type { name fields { name type { name } } } } } } }', '{ __type(name: "Product") { fields { type { ofType { ofType { ofType { name } } } } } } }', `{ ${Array.from({ length: r.int(10, 500) }, (_, i) => `t${i}: __schema { queryType { name } }`).join(' ')} }`, '{ __typename }']) }),
  directives: (r) => post({ query: `query($x: Boolean = true) { product(id: "10001") { id ${Array.from({ length: r.int(10, 3000) }, () => r.pick(['@include(if: $x)', '@skip(if: false)', '@nope', '@deprecated'])).join(' ')} } }` }),
  strings: (r) => post({ query: r.pick([`{ products(first: 1, filter: { search: "${'a'.repeat(r.int(100, 60_000))}" }) { totalCount } }`, '{ product(id: """\n\n""") { id } }', '{ product(id: "unterminated) { id } }', `{ product(id: "\\u${r.int(0, 65535).toString(16).padStart(4, '0')}\\uD800") { id } }`]) }),
};

export const FUZZ_KINDS = Object.keys(KINDS);

/**
 * `count` hostile requests, every kind in turn with random content, from one seed; made one at a
 * time as they are sent (all of them at once would be over 100 MB)
 */
export function* generateRequests(seed: number, count: number): Generator<FuzzRequest> {
  const r = randomSource(seed);
  for (let i = 0; i < count; i++) {
    const kind = FUZZ_KINDS[i % FUZZ_KINDS.length];
    yield { kind, request: KINDS[kind](r) };
  }
}
