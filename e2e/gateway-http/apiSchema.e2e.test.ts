import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, isSpecifiedScalarType, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { startStack, type Stack } from '@stx/testing';

const API_SCHEMA = join(__dirname, '..', '..', 'schema', 'api.graphql');

const canonical = (schema: ReturnType<typeof buildSchema>) => printSchema(lexicographicSortSchema(schema));

/**
 * schema/api.graphql is what client tooling (codegen, IDEs, the sample shop) builds on: the
 * running gateway must answer graphql-js's standard introspection query with exactly that schema.
 */
describe('the published API schema', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(() => stack?.close());

  it('gives Query and Mutation no description: one subgraph’s description of its part would read as the whole API’s', () => {
    const published = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
    expect([published.getQueryType()?.description, published.getMutationType()?.description]).toEqual([undefined, undefined]);
  });

  it('describes every other type, as analysts read them in Sandbox’s and the explorer’s Docs', () => {
    const published = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
    const roots = [published.getQueryType()?.name, published.getMutationType()?.name];
    const undescribed = Object.values(published.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t) && !roots.includes(t.name) && !t.description);
    expect(undescribed.map((t) => t.name)).toEqual([]);
  });

  it('is exactly what introspecting the running gateway gives', async () => {
    const res = await stack.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    const served = canonical(buildClientSchema(res.data!));
    const published = canonical(buildSchema(readFileSync(API_SCHEMA, 'utf8')));
    expect(served).toBe(published);
    expect(published).not.toMatch(/join__|link__|@key|_Entity|_service/);
  });
});
