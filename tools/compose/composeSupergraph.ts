import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphs } from './subgraphs';

/** Composes the subgraphs' own SDL files; throws with every composition error listed. */
export function composeSupergraph(root: string): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(readFileSync(join(root, 'apps', s.name, 'schema.graphql'), 'utf8')) })),
  );
  if (result.errors) throw new Error(`Supergraph does not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return `${result.supergraphSdl.trimEnd()}\n`;
}
