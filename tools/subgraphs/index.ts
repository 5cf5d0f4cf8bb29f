import type { AnySubgraphDefinition } from '@stx/host';
import { availabilitySubgraph } from '@stx/availability';
import { catalogSubgraph } from '@stx/catalog';
import { contactsSubgraph } from '@stx/contacts';
import { distributionSubgraph } from '@stx/distribution';
import { salesSubgraph } from '@stx/sales';
import { shipmentSubgraph } from '@stx/shipment';
import { ticketsSubgraph } from '@stx/tickets';

/**
 * Every subgraph, once. Compose, codegen, `npm start`, the test stack, the process tools and the
 * benchmark read this list; the gateway reads the supergraph composed from it. Adding a subgraph
 * is its folder in apps/ (exporting its definition from src/index.ts) and one line here.
 *
 * This is a composition root, not a package: it imports the apps, which packages never do and
 * apps never do to each other, so it lives beside the tools that wire the product together
 * (its Nx tag `type:registry` says who may import it: tools, tests and the test stack).
 */
const definitions = [
  catalogSubgraph,
  availabilitySubgraph,
  contactsSubgraph,
  salesSubgraph,
  shipmentSubgraph,
  ticketsSubgraph,
  distributionSubgraph,
] as const;

export type SubgraphName = (typeof definitions)[number]['name'];
/** one subgraph of the list, whatever its configuration and context */
export type RegisteredSubgraph = AnySubgraphDefinition & { name: SubgraphName };
export const subgraphs: readonly RegisteredSubgraph[] = definitions;
export const subgraphNames: readonly SubgraphName[] = definitions.map((s) => s.name);

/** apps/ folders that are not subgraphs: the registry test knows every other folder must be listed above */
export const NOT_SUBGRAPHS = ['gateway', 'shop'] as const;

export function subgraphNamed(name: SubgraphName): RegisteredSubgraph {
  return subgraphs.find((s) => s.name === name)!;
}
