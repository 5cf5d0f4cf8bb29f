/** Pages' operations the end-to-end scenarios send, written as a frontend would. */
export const HOME_PAGE = /* GraphQL */ `
  query HomePage($first: Int) {
    products(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          code
          name(lang: "en")
          state
          familyType
          priceRange { min { amount currencyCode } max { amount currencyCode } }
          nextPerformance { id start }
          availability { level code asOf }
          bookingUrl(lang: "en")
        }
      }
    }
  }
`;

export const PRODUCT_PAGE = /* GraphQL */ `
  query ProductPage($id: ID!) {
    product(id: $id) {
      id
      name(lang: "de")
      description
      state
      availability { level code asOf }
      performances {
        id
        start
        state
        bookingUrl(lang: "fr")
        availability { level code asOf }
        seatCategoryAvailability { seatCategoryId availability { level } }
        prices { seatCategory { id name } audienceSubCategory { id name kind } amount { amount currencyCode } }
      }
    }
  }
`;

export const AVAILABILITY_OF = /* GraphQL */ `
  query AvailabilityOf($id: ID!) {
    product(id: $id) { id availability { level code asOf } }
  }
`;
