import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { checkDocumentLimits, checkOperationLimits } from './checkOperationLimits';
import { operationLimitsRule } from './operationLimitsRule';
import type { OperationLimits } from './OperationLimits';
import { introspectionBound } from './readOperationLimits';

const schema = buildSchema(/* GraphQL */ `
  scalar _Any
  union _Entity = Product
  type Query {
    products(first: Int = 20, after: String): ProductConnection!
    product(id: ID!): Product
    seasons: [Season!]!
    tickets(limit: Int): [Ticket!]!
    _entities(representations: [_Any!]!): [_Entity]!
  }
  type ProductConnection { totalCount: Int! edges: [ProductEdge!]! }
  type ProductEdge { node: Product! }
  type Product { id: ID! name: String performances: [Performance!]! languages: [String!]! }
  type Performance { id: ID! prices: [Price!]! }
  type Price { amount: String }
  type Season { id: ID! }
  type Ticket { id: ID! }
`);

const wide = 1e15;
/** everything open but the limit under test */
const limits = (over: Partial<OperationLimits> = {}): OperationLimits => ({
  maxDepth: 100,
  maxAliases: wide,
  maxFields: wide,
  maxCost: wide,
  maxTokens: wide,
  listSizes: { default: 10, byField: {} },
  introspection: { enabled: true, ...introspectionBound },
  ...over,
});

const check = (query: string, over: Partial<OperationLimits> = {}, variables?: Record<string, unknown>) =>
  variables ? checkOperationLimits(schema, parse(query), limits(over), { variables }) : checkDocumentLimits(schema, parse(query), limits(over));
const refused = (query: string, over: Partial<OperationLimits>, variables?: Record<string, unknown>) => check(query, over, variables)?.extensions;

function diamond(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Product { id ...F${i + 1} ...F${i + 1} }`);
  return `{ product(id: "1") { ...F0 } }\n${fragments.join('\n')}\nfragment F${levels} on Product { id }`;
}

/** products(first: 10) × performances (10 assumed) × prices (10 assumed) × amount */
const NESTED = `{ products(first: 10) { edges { node { performances { prices { amount } } } } } }`;
const NESTED_COST = 1 + (1 + 10 * (1 + (1 + 10 * (1 + 10 * 1))));

describe('operation limits', () => {
  it('refuses depth past the limit, root fields at depth 1', () => {
    const query = `{ product(id: "1") { performances { prices { amount } } } }`;
    expect(check(query, { maxDepth: 4 })).toBeUndefined();
    expect(refused(query, { maxDepth: 3 })).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'depth', value: 4, max: 3 });
  });

  it('counts aliases and fields as the fragments expand them', () => {
    const query = `{ product(id: "1") { ...A ...A } } fragment A on Product { a: id b: name }`;
    expect(refused(query, { maxAliases: 3 })).toMatchObject({ limit: 'aliases', value: 4, max: 3 });
    expect(check(query, { maxFields: 5 })).toBeUndefined();
    expect(refused(query, { maxFields: 4 })).toMatchObject({ limit: 'fields', value: 5, max: 4 });
  });

  it('multiplies nested costs by list sizes: first on a connection sizes its edges, other lists take their assumed size', () => {
    expect(check(NESTED, { maxCost: NESTED_COST })).toBeUndefined();
    expect(refused(NESTED, { maxCost: NESTED_COST - 1 })).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'cost', max: NESTED_COST - 1 });
  });

  it("takes the schema's default for a missing first, and assumed sizes per field when configured", () => {
    const defaulted = `{ products { edges { node { id } } } }`;
    expect(check(defaulted, { maxCost: 1 + 1 + 20 * 2 })).toBeUndefined();
    expect(refused(defaulted, { maxCost: 1 + 1 + 20 * 2 - 1 })).toMatchObject({ limit: 'cost' });
    const perField = { listSizes: { default: 10, byField: { 'Performance.prices': 2 } } };
    expect(check(NESTED, { ...perField, maxCost: 1 + 1 + 10 * (1 + 1 + 10 * (1 + 2)) })).toBeUndefined();
  });

  it('reads limit-style arguments and counts a list of size 0 once, and a huge size never as NaN', () => {
    expect(refused(`{ tickets(limit: 500) { id } }`, { maxCost: 500 })).toMatchObject({ limit: 'cost', value: 501 });
    expect(check(`{ tickets(limit: 0) { id } }`, { maxCost: 2 })).toBeUndefined();
    expect(refused(`{ tickets(limit: ${'9'.repeat(400)}) { id } }`, { maxCost: 1e12 })).toMatchObject({ limit: 'cost' });
  });

  it('counts sizes given as variables exactly at execution, and by the declared default when absent', () => {
    const query = `query Nested($first: Int = 10) { products(first: $first) { edges { node { performances { prices { amount } } } } } }`;
    expect(checkOperationLimits(schema, parse(query), limits({ maxCost: NESTED_COST }))).toBeUndefined();
    expect(checkOperationLimits(schema, parse(query), limits({ maxCost: NESTED_COST }), { variables: { first: 100 } })?.extensions).toMatchObject({ limit: 'cost' });
    expect(checkOperationLimits(schema, parse(query), limits({ maxCost: NESTED_COST }), { variables: { first: 1 } })).toBeUndefined();
  });

  it('counts one _entities item per representation', () => {
    const query = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { id name } } }`;
    const representations = Array.from({ length: 1000 }, (_, i) => ({ __typename: 'Product', id: String(i) }));
    expect(checkOperationLimits(schema, parse(query), limits({ maxCost: 2000 }), { variables: { representations } })?.extensions).toMatchObject({ limit: 'cost' });
    expect(checkOperationLimits(schema, parse(query), limits({ maxCost: 2000 }), { variables: { representations: representations.slice(0, 10) } })).toBeUndefined();
  });

  it('measures each fragment once: a 40-level diamond (2^41 fields) is counted exactly', () => {
    expect(check(diamond(40), { maxFields: 2 ** 41 })).toBeUndefined();
    expect(refused(diamond(40), { maxFields: 2 ** 41 - 1 })).toMatchObject({ limit: 'fields', value: 2 ** 41 });
  });

  it('stops at the first limit crossed, long before expanding the whole document', () => {
    // the fragment 9 levels from the innermost one already counts 511 fields
    expect(refused(diamond(40), { maxFields: 300 })).toMatchObject({ limit: 'fields', value: 511, max: 300 });
    expect(refused(`{ product(id: "1") { performances { prices { amount } } } a: __typename b: __typename }`, { maxDepth: 2, maxAliases: 1 })).toMatchObject({ limit: 'depth' });
  });

  it('survives fragment cycles and unknown fragments, which graphql-js reports itself', () => {
    const cycle = `{ product(id: "1") { ...A } } fragment A on Product { id ...B } fragment B on Product { name ...A ...Missing }`;
    expect(check(cycle, { maxFields: 3 })).toBeUndefined();
    expect(validate(schema, parse(cycle), [...specifiedRules, operationLimitsRule(limits())]).map((e) => e.message).join()).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('answers the standard introspection queries under an operation depth of 10, on their own bound', () => {
    for (const options of [{}, { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }]) {
      expect(check(getIntrospectionQuery(options), { maxDepth: 10, maxFields: 300, maxCost: 10_000 })).toBeUndefined();
    }
  });

  it('refuses abusive introspection: type lists within type lists within type lists, depth past 20', () => {
    expect(refused(`{ __schema { types { fields { type { fields { name } } } } } }`, {})).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'introspectionListDepth', value: 3, max: 2 });
    const deep = `{ __type(name: "Product") { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } }`;
    expect(refused(deep, {})).toMatchObject({ limit: 'introspectionDepth', max: 20 });
  });

  it('refuses __schema and __type with INTROSPECTION_DISABLED when introspection is off, not __typename', () => {
    const off = { introspection: { enabled: false, ...introspectionBound } };
    expect(refused(`{ __schema { queryType { name } } }`, off)).toMatchObject({ code: 'INTROSPECTION_DISABLED', retryable: false });
    expect(refused(`{ ...Q } fragment Q on Query { __type(name: "Product") { name } }`, off)).toMatchObject({ code: 'INTROSPECTION_DISABLED' });
    expect(check(`{ __typename product(id: "1") { __typename } }`, off)).toBeUndefined();
  });

  it('as a validation rule, reports one coded error per document', () => {
    const errors = validate(schema, parse(diamond(24)), [operationLimitsRule(limits({ maxFields: 300 }))]);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'fields', max: 300 });
  });
});
