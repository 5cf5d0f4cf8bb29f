/**
 * The subgraphs composed into the supergraph, with their default local URLs. The gateway
 * overrides URLs by configuration (`<NAME>_URL`), so the committed supergraph stays portable.
 */
export const subgraphs = [
  { name: 'catalog', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'availability', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'contacts', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'sales', url: 'http://127.0.0.1:4004/graphql' },
  { name: 'shipment', url: 'http://127.0.0.1:4005/graphql' },
  { name: 'tickets', url: 'http://127.0.0.1:4006/graphql' },
  { name: 'distribution', url: 'http://127.0.0.1:4007/graphql' },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];
