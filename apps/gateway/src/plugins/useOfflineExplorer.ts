import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# The first products of the catalog, with live availability and booking links.
query HomePage {
  products(first: 10, filter: { onSaleOnly: true }) {
    totalCount
    edges {
      node {
        id
        name(lang: "en")
        state
        priceRange { min { amount currencyCode } max { amount currencyCode } }
        nextPerformance { start }
        availability { level code asOf }
        bookingUrl(lang: "en")
      }
    }
  }
}
`;

/**
 * A GraphiQL page with everything inlined, served on GET /graphql: Apollo's default landing page
 * loads Sandbox from a CDN, which fails offline and behind closed networks.
 */
export function useOfflineExplorer(endpoint = '/graphql'): ApolloServerPlugin {
  const html = renderGraphiQL({ endpoint, title: 'SecuTix GraphQL', defaultQuery: DEFAULT_QUERY });
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
