import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { UserErrors } from '../components/UserErrors';
import { dateTime, money } from '../format';
import { newIdempotencyKey } from '../idempotencyKey';
import { useShop } from '../ShopContext';

const CartQuery = graphql(`
  query ShopCart($id: ID!, $lang: String) {
    order(id: $id) {
      id
      state
      expiresAt
      paymentState
      total { amount currencyCode }
      lines {
        id
        quantity
        product { id name(lang: $lang) }
        performance { id start }
        unitPrice { amount currencyCode }
        total { amount currencyCode }
      }
      shipmentModes(lang: $lang) { id name(lang: $lang) deliveryTimeInDays price { amount currencyCode } }
      shipments { id shipmentModeId state }
    }
  }
`);

const RemoveLine = graphql(`
  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {
    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }
  }
`);

const ChooseDelivery = graphql(`
  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!) {
    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId) { shipments { id shipmentModeId state } userErrors { code field message } }
  }
`);

const PayByCard = graphql(`
  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {
    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }
  }
`);

const Checkout = graphql(`
  mutation ShopCheckout($orderId: ID!, $lang: String) {
    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }
  }
`);

/** The open order as a cart: lines, delivery choice, then the card on SecuTix's hosted page. */
export function CartPage() {
  const shop = useShop();
  const id = shop.cartOrderId;
  const [{ data, error, fetching }, refetch] = useQuery({ query: CartQuery, variables: { id: id ?? '', lang: shop.lang }, pause: !id, requestPolicy: 'network-only' });
  const [removed, removeLine] = useMutation(RemoveLine);
  const [chosen, chooseDelivery] = useMutation(ChooseDelivery);
  const [paying, payByCard] = useMutation(PayByCard);
  const [, checkout] = useMutation(Checkout);
  if (!id) return <p data-testid="empty-cart">{shop.texts.emptyCart}</p>;
  if (error && !data) return <p role="alert">{error.message}</p>;
  if (!data) return <p>…</p>;
  const order = data.order;
  if (!order || order.state !== 'OPEN') {
    return <p data-testid="empty-cart">{shop.texts.emptyCart}</p>;
  }
  const chosenMode = order.shipments?.[0]?.shipmentModeId;

  async function pay() {
    // SecuTix gives a new order a default shipment that is shown as selected but is not yet a
    // choice (no delivery charge): the delivery on screen is confirmed before the card pays the rest
    if (chosenMode) await chooseDelivery({ orderId: order!.id, modeId: chosenMode });
    const answer = await payByCard({ orderId: order!.id, returnUrl: `${window.location.origin}/payment/return`, key: newIdempotencyKey('pay') });
    const url = answer.data?.payOrder.paymentUrl;
    if (url) window.location.assign(url);
  }
  async function openInTicketShop() {
    const answer = await checkout({ orderId: order!.id, lang: shop.lang });
    if (answer.data?.checkout.url) window.location.assign(answer.data.checkout.url);
  }
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  return (
    <section data-testid="cart">
      <h1>
        {shop.texts.cart} · {shop.texts.order} {order.id}
      </h1>
      {order.expiresAt && (
        <p>
          {shop.texts.heldUntil} {dateTime(order.expiresAt, shop.lang)}
        </p>
      )}
      <table>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} data-testid="cart-line">
              <td>{line.quantity} ×</td>
              <td>{line.product?.name ?? "—"}</td>
              <td>{line.performance && dateTime(line.performance.start, shop.lang)}</td>
              <td className="amount">{money(line.total)}</td>
              <td>
                <button onClick={async () => (await removeLine({ orderId: order.id, lineIds: [line.id], key: newIdempotencyKey('remove') }), refresh())}>{shop.texts.remove}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="total">
        {shop.texts.total}: <strong data-testid="cart-total">{money(order.total)}</strong>
      </p>
      <h2>{shop.texts.delivery}</h2>
      <fieldset data-testid="delivery">
        {(order.shipmentModes ?? []).map((mode) => (
          <label key={mode.id}>
            <input
              type="radio"
              name="delivery"
              value={mode.id}
              checked={chosenMode === mode.id}
              disabled={chosen.fetching || fetching}
              onChange={async () => (await chooseDelivery({ orderId: order.id, modeId: mode.id }), refresh())}
            />
            {mode.name} · {money(mode.price)}
            {mode.deliveryTimeInDays != null && ` · ${mode.deliveryTimeInDays} d`}
          </label>
        ))}
      </fieldset>
      <UserErrors errors={[...(removed.data?.removeFromOrder.userErrors ?? []), ...(chosen.data?.chooseShipmentMode.userErrors ?? []), ...(paying.data?.payOrder.userErrors ?? [])]} />
      <p>
        <button data-testid="pay" disabled={paying.fetching || order.lines.length === 0} onClick={pay}>
          {shop.texts.payByCard}
        </button>{' '}
        <button className="secondary" data-testid="open-ticket-shop" onClick={openInTicketShop}>
          {shop.texts.openInTicketShop}
        </button>
      </p>
    </section>
  );
}
