import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentDiamond } from '@stx/testing';
import { CachePolicies } from './CachePolicies';

/** The committed supergraph's hints, as the gateway reads them at start. */
const supergraph = readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
const policies = (maxSeconds = 3600) => CachePolicies.fromSupergraph(supergraph, { maxSeconds, maxTexts: 100, maxTokens: 3000 });

describe('cache policies from the subgraphs’ cache hints', () => {
  const p = policies();
  const seconds = (query: string, operationName?: string) => p.sharedSecondsOf(query, operationName);

  it('shares catalog answers long, and for as short as availability when an answer shows it', () => {
    expect(seconds('{ topics { id name } seasons { id } pointOfSale { currencyCode paymentMethods { code } } }')).toBe(300);
    expect(seconds('{ products(first: 2) { totalCount edges { node { id name priceRange { min { amount } } } } pageInfo { hasNextPage } } }')).toBe(300);
    expect(seconds('{ products(first: 2) { edges { node { id availability { level } } } } }')).toBe(10);
    expect(seconds('query P($id: ID!) { product(id: $id) { bookingUrl } }')).toBe(10);
    expect(seconds('{ performance(id: "1") { seatCategoryAvailability { seatCategoryId } } }')).toBe(10);
    expect(seconds('{ accountLinks(lang: "en") { accountSpace } }')).toBe(300);
  });

  it('never shares anything about a contact, whoever asks and however it is spelled', () => {
    expect(seconds('{ products(first: 2) { totalCount } me { email } }')).toBe(0);
    expect(seconds('{ visitor { displayName } }')).toBe(0);
    expect(seconds('{ ...F } fragment F on Query { me { email } }')).toBe(0);
    expect(seconds('{ ... on Query { order(id: "1") { id } } }')).toBe(0);
    expect(seconds('{ voucher(code: "X") { code } }')).toBe(0);
  });

  it('never shares a field without a hint, a mutation, introspection or what does not match the schema', () => {
    expect(seconds('{ distributionPartners { id } }')).toBe(0);
    expect(seconds('mutation { logout { loggedOut } }')).toBe(0);
    expect(seconds('{ __schema { types { name } } }')).toBe(0);
    expect(seconds('{ topics { nope } }')).toBe(0);
    expect(seconds('{ topics {')).toBe(0);
    expect(seconds('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(0);
    expect(seconds('query A { topics { id } } query B { me { email } }')).toBe(0);
    expect(seconds('query A { topics { id } } query B { me { email } }', 'A')).toBe(300);
    expect(seconds('query A { topics { id } } query B { me { email } }', 'B')).toBe(0);
  });

  it('caps every answer at the configured maximum, and shares nothing at 0', () => {
    expect(policies(60).sharedSecondsOf('{ topics { id } }', undefined)).toBe(60);
    expect(policies(60).sharedSecondsOf('{ __typename }', undefined)).toBe(60);
    expect(policies(0).sharedSecondsOf('{ topics { id } }', undefined)).toBe(0);
  });

  it('measures a 40-level fragment diamond in linear time', () => {
    const diamond = fragmentDiamond(40, { typeName: 'Product', root: 'product(id: "1")' });
    const fresh = policies();
    const started = performance.now();
    expect(fresh.sharedSecondsOf(diamond, undefined)).toBe(300);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
