import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { dateTime, money } from '../format';
import { useShop } from '../ShopContext';

const OrdersQuery = graphql(`
  query ShopOrders {
    me {
      orders(first: 20) {
        totalCount
        edges { node { id state createdAt paymentState total { amount currencyCode } } }
      }
    }
  }
`);

/** The buyer's order history, newest first. */
export function OrdersPage() {
  const shop = useShop();
  const [{ data, error }] = useQuery({ query: OrdersQuery, requestPolicy: 'network-only' });
  if (error && !data?.me) return <p role="alert">{error.message}</p>;
  if (!data?.me) return <p>…</p>;
  return (
    <section>
      <h1>{shop.texts.orders}</h1>
      <table>
        <tbody>
          {(data.me.orders?.edges ?? []).map(({ node }) => (
            <tr key={node.id} data-testid="order-row" data-order-id={node.id} data-state={node.state}>
              <td>
                <Link to={`/orders/${node.id}`}>
                  {shop.texts.order} {node.id}
                </Link>
              </td>
              <td>{node.createdAt && dateTime(node.createdAt, shop.lang)}</td>
              <td>{node.state}</td>
              <td className="amount">{money(node.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
