import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { graphql, parse } from 'graphql';
import { scalarSdl, sharedScalars } from '@stx/domain-rules';
import { userError, userErrorSdl } from '@stx/errors';
import { createLogger } from '@stx/observability';
import { withSharedResolvers } from './sharedResolvers';

/** a small subgraph of the sales domain, built as startSubgraph builds every subgraph */
const typeDefs = parse(`
  type Query { greeting(lang: LanguageCode, country: CountryCode): String! }
  type Mutation { act(code: String!): Payload! }
  type Payload { userErrors: [SalesUserError!]! }
  ${scalarSdl(sharedScalars.LanguageCode)}
  ${scalarSdl(sharedScalars.CountryCode)}
  ${userErrorSdl('sales')}
`);

function subgraph() {
  const lines: string[] = [];
  const logger = createLogger('test', { write: (line) => lines.push(line) });
  const resolvers = {
    Query: { greeting: (_: unknown, args: { lang?: string; country?: string }) => `${args.lang}/${args.country}` },
    Mutation: { act: (_: unknown, { code }: { code: string }) => ({ userErrors: [{ ...userError('SOLD_OUT', 'items.0'), code }] }) },
  };
  const schema = buildSubgraphSchema({ typeDefs, resolvers: withSharedResolvers(typeDefs, resolvers, logger, 'sales') as GraphQLResolverMap<unknown> });
  return { lines, run: (source: string) => graphql({ schema, source, contextValue: {} }) };
}

describe("what every subgraph's schema gets from the shared package", () => {
  it('reads the shared scalars by their one rule', async () => {
    const { run } = subgraph();
    expect((await run('{ greeting(lang: "EN_gb", country: "ch") }')).data).toEqual({ greeting: 'en-GB/CH' });
    const refused = await run('{ greeting(lang: "english!") }');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'LanguageCode' });
    expect(refused.errors?.[0].locations).toEqual([{ line: 1, column: 18 }]);
  });

  it("keeps a userError's code inside its domain's enum: one it misses is REFUSED, and logged", async () => {
    const { run, lines } = subgraph();
    expect((await run('mutation { act(code: "SOLD_OUT") { userErrors { code field message } } }')).data).toEqual({
      act: { userErrors: [{ code: 'SOLD_OUT', field: 'items.0', message: 'Not enough seats are left for this choice.' }] },
    });
    expect(lines).toEqual([]);
    const outside = await run('mutation { act(code: "SHIPMENT_SENT") { userErrors { code } } }');
    expect(outside).toEqual({ data: { act: { userErrors: [{ code: 'REFUSED' }] } } });
    expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 'error', message: 'a userError code outside its domain', subgraph: 'sales', type: 'SalesUserError', code: 'SHIPMENT_SENT' })]);
  });
});
