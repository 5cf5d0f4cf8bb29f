import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { loopbackUrl } from '@stx/host';
import { subgraphs } from '@stx/subgraphs';

/**
 * Composes the registry's subgraphs from their own SDL files; throws with every composition error
 * listed. Each graph's URL is the loopback at the subgraph's default port: the gateway overrides it
 * by configuration (`<NAME>_URL`, `<NAME>_PORT`), so the committed supergraph stays portable.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: loopbackUrl(s.defaultPort), typeDefs: parse(readFileSync(s.schemaPath, 'utf8')) })),
  );
  if (result.errors) throw new Error(`Supergraph does not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return `${result.supergraphSdl.trimEnd()}\n`;
}
