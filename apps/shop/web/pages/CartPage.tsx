import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { ChooseDelivery, DeliveryChoice } from '../components/DeliveryChoice';
import { UserErrors } from '../components/UserErrors';
import { VoucherPayment } from '../components/VoucherPayment';
import { dateTime, isZero, money } from '../format';
import { newIdempotencyKey } from '../idempotencyKey';
import { useShop } from '../ShopContext';

const CartQuery = graphql(`
  query ShopCart($id: ID!, $lang: LanguageCode, $country: CountryCode) {
    order(id: $id) {
      id
      state
      expiresAt
      paymentState
      total { amount currencyCode }
      shipmentFee { amount currencyCode }
      amountDue { amount currencyCode }
      payments { id method amount { amount currencyCode } state }
      lines {
        id
        quantity
        product { id name(lang: $lang) }
        performance { id start }
        unitPrice { amount currencyCode }
        total { amount currencyCode }
      }
      shipmentModes(lang: $lang, countryCode: $country) { id name(lang: $lang) deliveryTimeInDays addressRequired price { amount currencyCode } }
      shipments { id shipmentModeId state address { addressId line1 zipCode city countryCode } }
    }
  }
`);

const RemoveLine = graphql(`
  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {
    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }
  }
`);

const PayByCard = graphql(`
  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {
    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }
  }
`);

const CloseOrder = graphql(`
  mutation ShopConfirmOrder($orderId: ID!, $key: String!) {
    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state } userErrors { code field message } }
  }
`);

const Checkout = graphql(`
  mutation ShopCheckout($orderId: ID!, $lang: LanguageCode) {
    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }
  }
`);

/**
 * The open order as a cart: lines, the delivery (its price is part of the total), then payments
 * until nothing is due: gift vouchers for what they cover, the card for the rest on SecuTix's
 * hosted page (which closes the order); an order paid without the card is confirmed here.
 */
export function CartPage() {
  const shop = useShop();
  const navigate = useNavigate();
  const id = shop.cartOrderId;
  const [country, setCountry] = useState('');
  const [{ data, error, fetching }, refetch] = useQuery({ query: CartQuery, variables: { id: id ?? '', lang: shop.lang, country: country || null }, pause: !id, requestPolicy: 'network-only' });
  const [removed, removeLine] = useMutation(RemoveLine);
  const [, chooseDelivery] = useMutation(ChooseDelivery);
  const [paying, payByCard] = useMutation(PayByCard);
  const [closing, closeOrder] = useMutation(CloseOrder);
  const [, checkout] = useMutation(Checkout);
  if (!id) return <p data-testid="empty-cart">{shop.texts.emptyCart}</p>;
  if (error && !data) return <p role="alert">{error.message}</p>;
  if (!data) return <p>…</p>;
  const order = data.order;
  if (!order || order.state !== 'OPEN') {
    return <p data-testid="empty-cart">{shop.texts.emptyCart}</p>;
  }
  const shipment = order.shipments?.[0];
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  // SecuTix gives a new order a default shipment that is shown as selected but is not yet a
  // choice (no delivery charge): the delivery on screen is confirmed before a payment that may settle the order
  async function confirmDelivery() {
    if (shipment) await chooseDelivery({ orderId: order!.id, modeId: shipment.shipmentModeId, addressId: shipment.address?.addressId ?? null });
  }
  async function pay() {
    await confirmDelivery();
    const answer = await payByCard({ orderId: order!.id, returnUrl: `${window.location.origin}/payment/return`, key: newIdempotencyKey('pay') });
    const url = answer.data?.payOrder.paymentUrl;
    if (url) window.location.assign(url);
  }
  async function confirm() {
    const answer = await closeOrder({ orderId: order!.id, key: `shop.close.${order!.id}` });
    if (answer.data?.closeOrder.order?.state !== 'CLOSED') return refresh();
    shop.setCartOrderId(null);
    // a guest's token no longer reaches a closed order: its page offers the account instead
    navigate(shop.guest ? `/confirmation/${order!.id}` : `/orders/${order!.id}`);
  }
  async function openInTicketShop() {
    const answer = await checkout({ orderId: order!.id, lang: shop.lang });
    if (answer.data?.checkout.url) window.location.assign(answer.data.checkout.url);
  }
  const due = !isZero(order.amountDue);

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
              <td>{line.product?.name ?? '—'}</td>
              <td>{line.performance && dateTime(line.performance.start, shop.lang)}</td>
              <td className="amount">{money(line.total)}</td>
              <td>
                <button disabled={order.payments.length > 0} onClick={async () => (await removeLine({ orderId: order.id, lineIds: [line.id], key: newIdempotencyKey('remove') }), refresh())}>{shop.texts.remove}</button>
              </td>
            </tr>
          ))}
          <tr>
            <td />
            <td>{shop.texts.delivery}</td>
            <td />
            <td className="amount" data-testid="shipment-fee">{money(order.shipmentFee)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <p className="total">
        {shop.texts.total}: <strong data-testid="cart-total">{money(order.total)}</strong>
      </p>
      <h2>{shop.texts.delivery}</h2>
      <DeliveryChoice orderId={order.id} modes={order.shipmentModes ?? []} shipment={shipment} country={country} setCountry={setCountry} busy={fetching} onChanged={refresh} />
      <h2>{shop.texts.payments}</h2>
      {order.payments.length > 0 && (
        <ul data-testid="payments">
          {order.payments.map((p) => (
            <li key={p.id} data-method={p.method} data-state={p.state}>
              {shop.texts[p.method]} · {money(p.amount)}
            </li>
          ))}
        </ul>
      )}
      <p className="total">
        {shop.texts.amountDue}: <strong data-testid="amount-due">{money(order.amountDue)}</strong>
      </p>
      {due && <VoucherPayment orderId={order.id} beforePaying={confirmDelivery} onPaid={refresh} />}
      <UserErrors errors={[...(removed.data?.removeFromOrder.userErrors ?? []), ...(paying.data?.payOrder.userErrors ?? []), ...(closing.data?.closeOrder.userErrors ?? [])]} />
      <p>
        {due ? (
          <button data-testid="pay" disabled={paying.fetching || order.lines.length === 0} onClick={() => void pay()}>
            {shop.texts.payByCard} ({money(order.amountDue)})
          </button>
        ) : (
          <button data-testid="confirm-order" disabled={closing.fetching} onClick={() => void confirm()}>
            {shop.texts.confirmOrder}
          </button>
        )}{' '}
        <button className="secondary" data-testid="open-ticket-shop" onClick={openInTicketShop}>
          {shop.texts.openInTicketShop}
        </button>
      </p>
    </section>
  );
}
