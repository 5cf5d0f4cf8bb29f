import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../__generated__';
import type { OrderItemInput } from '../__generated__/graphql';
import { AvailabilityBadge, bookable } from '../components/AvailabilityBadge';
import { UserErrors } from '../components/UserErrors';
import { dateTime, money } from '../format';
import { newIdempotencyKey } from '../idempotencyKey';
import { useShop } from '../ShopContext';

const ProductQuery = graphql(`
  query ShopProduct($id: ID!, $lang: LanguageCode) {
    product(id: $id) {
      id
      name(lang: $lang)
      description(lang: $lang)
      state
      purchaseMode
      bookingUrl(lang: $lang)
      availability { level code }
      prices {
        seatCategory { id name(lang: $lang) }
        audienceSubCategory { id name(lang: $lang) }
        amount { amount currencyCode }
      }
      performances {
        id
        start
        state
        availability { level code }
        prices {
          seatCategory { id name(lang: $lang) }
          audienceSubCategory { id name(lang: $lang) }
          amount { amount currencyCode }
        }
      }
    }
  }
`);

const CreateOrder = graphql(`
  mutation ShopCreateOrder($input: OrderInput!, $key: String!) {
    createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }
  }
`);

const AddToOrder = graphql(`
  mutation ShopAddToOrder($orderId: ID!, $input: OrderInput!, $key: String!) {
    addToOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }
  }
`);

export function ProductPage() {
  const { id } = useParams();
  const shop = useShop();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: ProductQuery, variables: { id: id!, lang: shop.lang } });
  const [created, createOrder] = useMutation(CreateOrder);
  const [added, addToOrder] = useMutation(AddToOrder);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  if (error && !data) return <p role="alert">{error.message}</p>;
  if (!data) return <p>…</p>;
  const product = data.product;
  if (!product) return <p role="alert">Not found</p>;

  async function add(item: OrderItemInput) {
    const input = { items: [item] };
    const needsLogin = (e?: CombinedError) => e?.graphQLErrors.some((g) => g.extensions?.code === 'UNAUTHENTICATED');
    // the open order is the cart: a second booking goes into it, a closed or expired one starts a new cart
    const answer = shop.cartOrderId
      ? await addToOrder({ orderId: shop.cartOrderId, input, key: newIdempotencyKey('add') })
      : await createOrder({ input, key: newIdempotencyKey('create') });
    if (needsLogin(answer.error)) return navigate(`/login?next=/product/${id}`);
    const result = answer.data && ('addToOrder' in answer.data ? answer.data.addToOrder : answer.data.createOrder);
    if (shop.cartOrderId && result?.userErrors.some((e) => e.code === 'ORDER_EXPIRED' || e.code === 'ORDER_CLOSED' || e.code === 'NOT_FOUND')) {
      shop.setCartOrderId(null);
      const fresh = (await createOrder({ input, key: newIdempotencyKey('create') })).data?.createOrder;
      if (fresh?.order) finish(fresh.order.id);
      return;
    }
    if (result?.order && result.userErrors.length === 0) finish(result.order.id);
  }
  function finish(orderId: string) {
    shop.setCartOrderId(orderId);
    navigate('/cart');
  }

  return (
    <article>
      <h1>{product.name}</h1>
      <AvailabilityBadge availability={product.availability} />
      {product.description && <p>{product.description}</p>}
      {product.purchaseMode !== 'PERFORMANCE_SEAT' && (
        // passes, packages and memberships: priced without a date, bought by the product itself
        // (or, for what SecuTix sells only there, in its ticket shop)
        <table>
          <tbody>
            {product.prices.map((price) => {
              const key = `${product.id}/${price.seatCategory?.id ?? ''}/${price.audienceSubCategory.id}`;
              return (
                <tr key={key} data-testid="price" data-price-key={key}>
                  <td>{price.seatCategory?.name}</td>
                  <td>{price.audienceSubCategory.name}</td>
                  <td className="amount">{money(price.amount)}</td>
                  {product.purchaseMode === 'PRODUCT' && bookable(product) && (
                    <td>
                      <input type="number" min={1} max={10} value={quantities[key] ?? 1} aria-label="quantity" onChange={(e) => setQuantities({ ...quantities, [key]: Number(e.target.value) })} />
                      <button
                        data-testid="add-to-cart"
                        disabled={created.fetching || added.fetching}
                        onClick={() => void add({ productId: product.id, audienceSubCategoryId: price.audienceSubCategory.id, quantity: quantities[key] ?? 1 })}
                      >
                        {shop.texts.addToCart}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {product.purchaseMode === 'TICKET_SHOP_ONLY' && product.bookingUrl && (
        <p>
          <a href={product.bookingUrl} data-testid="book-in-ticket-shop">{shop.texts.bookInTicketShop}</a>
        </p>
      )}
      {product.performances.length > 0 && <h2>{shop.texts.performances}</h2>}
      <UserErrors errors={[...(created.data?.createOrder.userErrors ?? []), ...(added.data?.addToOrder.userErrors ?? [])]} />
      {(created.error ?? added.error) && <p role="alert">{(created.error ?? added.error)!.message}</p>}
      {product.performances.map((perf) => (
        <section key={perf.id} className="performance" data-testid="performance" data-performance-id={perf.id}>
          <h3>
            {dateTime(perf.start, shop.lang)} <AvailabilityBadge availability={perf.availability} />
          </h3>
          <table>
            <tbody>
              {perf.prices.map((price) => {
                const key = `${perf.id}/${price.seatCategory?.id}/${price.audienceSubCategory.id}`;
                return (
                  <tr key={key} data-testid="price" data-price-key={key}>
                    <td>{price.seatCategory?.name}</td>
                    <td>{price.audienceSubCategory.name}</td>
                    <td className="amount">{money(price.amount)}</td>
                    {bookable(perf) && price.seatCategory && (
                      <td>
                        <input type="number" min={1} max={10} value={quantities[key] ?? 1} aria-label="quantity" onChange={(e) => setQuantities({ ...quantities, [key]: Number(e.target.value) })} />
                        <button
                          data-testid="add-to-cart"
                          disabled={created.fetching || added.fetching}
                          onClick={() => void add({ performanceId: perf.id, seatCategoryId: price.seatCategory!.id, audienceSubCategoryId: price.audienceSubCategory.id, quantity: quantities[key] ?? 1 })}
                        >
                          {shop.texts.addToCart}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
