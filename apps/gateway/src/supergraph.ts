import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type ConstArgumentNode } from 'graphql';
import type { SubgraphAddress } from '@stx/host';

/**
 * the committed supergraph the gateway serves (`npm run compose` writes it from the subgraph
 * registry). This file sits directly in src/ so that `__dirname` is one level below the app's
 * folder both here and in the production bundle (dist/main.js).
 */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/**
 * The subgraphs a supergraph routes to, with the default port of each, read from its
 * `join__Graph` enum (`@join__graph(name: "catalog", url: "http://127.0.0.1:4001/graphql")`).
 * The gateway knows its subgraphs from here, not from a list of its own: the registry of
 * subgraphs (tools/subgraphs) composed the supergraph, so a new subgraph reaches the gateway with it.
 */
export function subgraphsOfSupergraph(sdl: string): SubgraphAddress[] {
  const graphs: SubgraphAddress[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const args = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments ?? [];
      const name = stringArgument(args, 'name');
      const url = stringArgument(args, 'url');
      if (name && url) graphs.push({ name, defaultPort: Number(new URL(url).port) });
    }
  }
  return graphs;
}

export function readSupergraphSubgraphs(path = SUPERGRAPH_PATH): SubgraphAddress[] {
  return subgraphsOfSupergraph(readFileSync(path, 'utf8'));
}

function stringArgument(args: readonly ConstArgumentNode[], name: string): string | undefined {
  const value = args.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}
