import { body } from './body';
import type { Scenario } from './registry';

/** the first 50 products on sale; `extra` are the fields of other subgraphs, asked through a gateway */
const homeQuery = (extra: string) => /* GraphQL */ `
  query HomePage {
    products(first: 50, filter: { onSaleOnly: true }) {
      totalCount
      edges { node {
        id name(lang: "en") state
        priceRange { min { amount currencyCode } max { amount currencyCode } }
        nextPerformance { id start }
        ${extra}
      } }
    }
  }
`;

const HOME = homeQuery('availability { level code asOf } bookingUrl(lang: "en")');
/** the catalog subgraph's part of the same page: availability and booking links live elsewhere */
const HOME_DIRECT = homeQuery('');

export const home: Scenario = {
  name: 'home',
  description: 'first 50 products on sale: name, next performance, price range, availability, booking link',
  gatewayBodies: () => [body(HOME)],
  directBodies: () => [body(HOME_DIRECT)],
};
