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
 * The explorer page served on GET /graphql (http/explorerPage.ts): GraphiQL with everything
 * inlined. Hive Gateway's own page loads its laboratory from a CDN, which fails offline and behind
 * closed networks.
 */
export function offlineExplorerHtml(endpoint = '/graphql'): string {
  return renderGraphiQL({ endpoint, title: 'SecuTix GraphQL', defaultQuery: DEFAULT_QUERY });
}
