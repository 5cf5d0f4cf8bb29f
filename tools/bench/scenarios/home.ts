import { body } from './body';
import type { Scenario } from './registry';

const HOME = /* GraphQL */ `
  query HomePage {
    products(first: 50, filter: { onSaleOnly: true }) {
      totalCount
      edges { node {
        id name(lang: "en") state
        priceRange { min { amount currencyCode } max { amount currencyCode } }
        nextPerformance { id start }
        availability { level code asOf }
        bookingUrl(lang: "en")
      } }
    }
  }
`;

/** the catalog subgraph's part of the same page: availability and booking links live elsewhere */
const HOME_DIRECT = /* GraphQL */ `
  query HomePage {
    products(first: 50, filter: { onSaleOnly: true }) {
      totalCount
      edges { node {
        id name(lang: "en") state
        priceRange { min { amount currencyCode } max { amount currencyCode } }
        nextPerformance { id start }
      } }
    }
  }
`;

export const home: Scenario = {
  name: 'home',
  description: 'first 50 products on sale: name, next performance, price range, availability, booking link',
  gatewayBodies: () => [body(HOME)],
  directBodies: () => [body(HOME_DIRECT)],
};
