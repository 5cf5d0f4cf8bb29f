import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/**
 * The schema clients see, from the composed supergraph: federation's directives, `join__` and
 * `link__` types removed, `@inaccessible` elements dropped. The same derivation the gateway makes
 * at start, so introspecting the gateway gives exactly this.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${HEADER}${printSchema(api)}\n`;
}

const HEADER = '# The public API schema of the secutix-graph gateway, for client tooling (codegen, IDEs).\n# Generated from apps/gateway/supergraph.graphql by `npm run schema`: do not edit.\n\n';
