import { body } from './body';
import type { Scenario } from './registry';

/** the catalog subgraph's part, plus the fields other subgraphs add when asked through a gateway */
const productQuery = (extra: { product: string; performance: string }) => /* GraphQL */ `
  query ProductPage($id: ID!) {
    product(id: $id) {
      id name(lang: "en") description(lang: "en") state
      ${extra.product}
      performances {
        id start state
        ${extra.performance}
        prices { seatCategory { id name } audienceSubCategory { id name kind } amount { amount currencyCode } }
      }
    }
  }
`;

const PRODUCT = productQuery({
  product: 'availability { level code asOf }',
  performance: 'bookingUrl(lang: "en") availability { level code asOf } seatCategoryAvailability { seatCategoryId availability { level } }',
});
const PRODUCT_DIRECT = productQuery({ product: '', performance: '' });

/** the simulator's fixed single-entry products (any seed): on sale, few left, sold out, soon, cancelled */
const PRODUCT_IDS = ['10001', '10002', '10004', '10006', '10010', '10011', '10012'];

export const product: Scenario = {
  name: 'product',
  description: 'one product (7 in turn) with all performances, prices and per-category availability',
  gatewayBodies: () => PRODUCT_IDS.map((id) => body(PRODUCT, { id })),
  directBodies: () => PRODUCT_IDS.map((id) => body(PRODUCT_DIRECT, { id })),
};
