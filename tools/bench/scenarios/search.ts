import { body } from './body';
import type { Scenario } from './registry';

/** the search; `availability` lives in the availability subgraph, so `direct` goes without it */
const searchQuery = (availability: string) => /* GraphQL */ `
  query Search($text: String!) {
    products(first: 20, filter: { search: $text, onSaleOnly: true, familyTypes: [SINGLE_ENTRY] }) {
      totalCount
      edges { node { id name(lang: "en") priceRange { min { amount currencyCode } } nextPerformance { start } ${availability} } }
    }
  }
`;

/** words of the simulator's product names in three languages, accents dropped on purpose */
const WORDS = ['jazz', 'carmen', 'nussknacker', 'concert', 'trio leman', 'opera'];

export const search: Scenario = {
  name: 'search',
  description: `a text search (${WORDS.length} words in turn) filtered to single entries on sale`,
  gatewayBodies: () => WORDS.map((text) => body(searchQuery('availability { level }'), { text })),
  directBodies: () => WORDS.map((text) => body(searchQuery(''), { text })),
};
