import { body } from './body';
import type { Scenario } from './registry';

const SEARCH = /* GraphQL */ `
  query Search($text: String!) {
    products(first: 20, filter: { search: $text, onSaleOnly: true, familyTypes: [SINGLE_ENTRY] }) {
      totalCount
      edges { node { id name(lang: "en") priceRange { min { amount currencyCode } } nextPerformance { start } availability { level } } }
    }
  }
`;

const SEARCH_DIRECT = /* GraphQL */ `
  query Search($text: String!) {
    products(first: 20, filter: { search: $text, onSaleOnly: true, familyTypes: [SINGLE_ENTRY] }) {
      totalCount
      edges { node { id name(lang: "en") priceRange { min { amount currencyCode } } nextPerformance { start } } }
    }
  }
`;

/** words of the simulator's product names in three languages, accents dropped on purpose */
const WORDS = ['jazz', 'carmen', 'nussknacker', 'concert', 'trio leman', 'opera'];

export const search: Scenario = {
  name: 'search',
  description: `a text search (${WORDS.length} words in turn) filtered to single entries on sale`,
  gatewayBodies: () => WORDS.map((text) => body(SEARCH, { text })),
  directBodies: () => WORDS.map((text) => body(SEARCH_DIRECT, { text })),
};
