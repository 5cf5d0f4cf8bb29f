import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { dateTime, money } from '../format';
import { useShop } from '../ShopContext';

const OrderQuery = graphql(`
  query ShopOrder($id: ID!, $lang: LanguageCode) {
    order(id: $id) {
      id
      state
      paymentState
      total { amount currencyCode }
      shipmentFee { amount currencyCode }
      payments { id method amount { amount currencyCode } state }
      shipments { shipmentModeId state address { line1 zipCode city countryCode } }
      tickets {
        id
        barcode
        state
        holderName
        product { id name(lang: $lang) }
        performance { id start }
        seat { area block row number }
        barcodeImageUrl
        documentUrl
      }
    }
  }
`);

/** One order and its tickets: the barcode a phone shows at the door, and the printable PDF. */
export function OrderPage() {
  const { id } = useParams();
  const shop = useShop();
  const [{ data, error }] = useQuery({ query: OrderQuery, variables: { id: id!, lang: shop.lang }, requestPolicy: 'network-only' });
  if (error && !data?.order) return <p role="alert">{error.message}</p>;
  if (!data?.order) return <p>…</p>;
  const order = data.order;
  return (
    <section data-testid="order" data-state={order.state}>
      <h1>
        {shop.texts.order} {order.id}
      </h1>
      <p>
        <span data-testid="order-state">{order.state}</span> · {order.paymentState} · {money(order.total)}
      </p>
      <ul data-testid="payments">
        {order.payments.map((p) => (
          <li key={p.id} data-method={p.method} data-state={p.state} data-amount={p.amount.amount}>
            {shop.texts[p.method]} · {money(p.amount)}
          </li>
        ))}
      </ul>
      {order.shipments?.[0]?.address && (
        <p data-testid="sent-to">
          {shop.texts.sentTo}: {order.shipments[0].address.line1}, {order.shipments[0].address.zipCode} {order.shipments[0].address.city}
        </p>
      )}
      <h2>{shop.texts.tickets}</h2>
      <ul className="tickets">
        {(order.tickets ?? []).map((ticket) => (
          <li key={ticket.id} data-testid="ticket">
            <div>
              <strong>{ticket.product?.name ?? "—"}</strong>
              {ticket.performance && <span> · {dateTime(ticket.performance.start, shop.lang)}</span>}
              {ticket.seat && <span> · {[ticket.seat.area, ticket.seat.block, ticket.seat.row, ticket.seat.number].filter(Boolean).join(' / ')}</span>}
            </div>
            <img src={ticket.barcodeImageUrl} alt={ticket.barcode} data-testid="barcode" />
            <a href={ticket.documentUrl} data-testid="ticket-pdf" target="_blank" rel="noreferrer">
              {shop.texts.download}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
