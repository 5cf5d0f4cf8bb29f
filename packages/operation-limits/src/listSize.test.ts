import { parse } from 'graphql';
import { hasSizeVariables } from './listSize';

describe('hasSizeVariables', () => {
  it('finds a list size given by a variable, in an operation or a fragment', () => {
    expect(hasSizeVariables(parse('query ($n: Int) { products(first: $n) { totalCount } }'))).toBe(true);
    expect(hasSizeVariables(parse('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }'))).toBe(true);
    expect(hasSizeVariables(parse('query ($n: Int) { ...F } fragment F on Query { products(limit: $n) { totalCount } }'))).toBe(true);
  });

  it('says no when sizes are literal or variables are something else', () => {
    expect(hasSizeVariables(parse('query ($id: ID!) { product(id: $id) { performances(first: 5) { id } } }'))).toBe(false);
    expect(hasSizeVariables(parse('{ products(first: 50) { totalCount } }'))).toBe(false);
  });
});
