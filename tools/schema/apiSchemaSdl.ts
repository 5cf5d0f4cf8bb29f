import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, Kind, parse, print, printSchema, type DirectiveDefinitionNode, type DocumentNode } from 'graphql';

/**
 * The schema clients see, from the composed supergraph: federation's directives, `join__` and
 * `link__` types removed, `@inaccessible` elements dropped. The same derivation the gateway makes
 * at start, so introspecting the gateway gives exactly this: like the gateway, it keeps the
 * definitions of the directives the subgraphs composed in (`@composeDirective`: the cache hints).
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
  const composed = composedDirectives(parse(supergraphSdl)).map((d) => print(d));
  return `${HEADER}${printSchema(buildSchema([...composed, api].join('\n\n')))}\n`;
}

/** directive definitions imported by a `@link` to a spec that is not one of Apollo's own (join, link, federation) */
function composedDirectives(supergraph: DocumentNode): DirectiveDefinitionNode[] {
  const imported = new Set<string>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    for (const link of definition.directives ?? []) {
      const url = link.arguments?.find((a) => a.name.value === 'url')?.value;
      const imports = link.arguments?.find((a) => a.name.value === 'import')?.value;
      if (link.name.value !== 'link' || url?.kind !== Kind.STRING || url.value.startsWith('https://specs.apollo.dev/') || imports?.kind !== Kind.LIST) continue;
      for (const name of imports.values) if (name.kind === Kind.STRING) imported.add(name.value.replace(/^@/, ''));
    }
  }
  return supergraph.definitions.filter((d): d is DirectiveDefinitionNode => d.kind === Kind.DIRECTIVE_DEFINITION && imported.has(d.name.value));
}

const HEADER = '# The public API schema of the secutix-graph gateway, for client tooling (codegen, IDEs).\n# Generated from apps/gateway/supergraph.graphql by `npm run schema`: do not edit.\n\n';
