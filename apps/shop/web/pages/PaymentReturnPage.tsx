import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { UserErrors } from '../components/UserErrors';
import { useShop } from '../ShopContext';

const CloseOrder = graphql(`
  mutation ShopCloseOrder($orderId: ID!, $key: String!) {
    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state paymentState } userErrors { code field message } }
  }
`);

/**
 * Back from SecuTix's payment page with `orderId` and `outcome`. Those are only a hint (a buyer
 * can edit a URL): closing the order is what asks SecuTix whether it is paid. The key is derived
 * from the order, so reloading this page never closes twice.
 */
export function PaymentReturnPage() {
  const shop = useShop();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const orderId = params.get('orderId');
  const outcome = params.get('outcome');
  const [closed, closeOrder] = useMutation(CloseOrder);
  const started = useRef(false);

  useEffect(() => {
    if (outcome !== 'paid' || !orderId || started.current) return;
    started.current = true;
    void closeOrder({ orderId, key: `shop.close.${orderId}` }).then((answer) => {
      if (answer.data?.closeOrder.order?.state === 'CLOSED') {
        if (shop.cartOrderId === orderId) shop.setCartOrderId(null);
        // a guest's token no longer reaches a closed order: its page offers the account instead
        navigate(shop.guest ? `/confirmation/${orderId}` : `/orders/${orderId}`, { replace: true });
      }
    });
  }, [orderId, outcome]);

  if (outcome !== 'paid') {
    return (
      <section>
        <p role="status" data-testid="payment-cancelled">{shop.texts.paymentCancelled}</p>
        <Link to="/cart">{shop.texts.cart}</Link>
      </section>
    );
  }
  return (
    <section>
      <p role="status">{shop.texts.paymentConfirming}</p>
      <UserErrors errors={closed.data?.closeOrder.userErrors ?? []} />
      {closed.error && <p role="alert">{closed.error.message}</p>}
    </section>
  );
}
