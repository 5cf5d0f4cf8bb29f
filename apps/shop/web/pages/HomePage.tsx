import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { AvailabilityBadge, bookable } from '../components/AvailabilityBadge';
import { dateTime, money } from '../format';
import { useShop } from '../ShopContext';

const HomeQuery = graphql(`
  query ShopHome($lang: LanguageCode) {
    products(first: 50) {
      totalCount
      edges {
        node {
          id
          name(lang: $lang)
          state
          familyType
          priceRange { min { amount currencyCode } }
          nextPerformance { start }
          availability { level code }
        }
      }
    }
  }
`);

export function HomePage() {
  const { lang, texts } = useShop();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: HomeQuery, variables: { lang } });
  if (error && !data) return <p role="alert">{error.message}</p>;
  if (!data) return <p>…</p>;
  return (
    <>
      <h1>{texts.home}</h1>
      <ul className="products">
        {data.products.edges.map(({ node }) => (
          <li key={node.id} className="product" data-testid="product" data-product-id={node.id} data-state={node.state} data-family={node.familyType}>
            <Link to={`/product/${node.id}`} className="name">{node.name}</Link>
            <div className="meta">
              {[node.nextPerformance && `${texts.next}: ${dateTime(node.nextPerformance.start, lang)}`, node.priceRange && `${texts.from} ${money(node.priceRange.min)}`].filter(Boolean).join(' · ')}
            </div>
            <AvailabilityBadge availability={node.availability} />
            {bookable(node) && (
              <button data-testid="book" onClick={() => navigate(`/product/${node.id}`)}>
                {texts.book}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
