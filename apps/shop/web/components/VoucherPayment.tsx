import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../__generated__';
import { dateTime, money } from '../format';
import { newIdempotencyKey } from '../idempotencyKey';
import { useShop } from '../ShopContext';
import { UserErrors } from './UserErrors';

const VoucherQuery = graphql(`
  query ShopVoucher($code: String!) {
    voucher(code: $code) { code balance { amount currencyCode } validUntil }
  }
`);

const PayByVoucher = graphql(`
  mutation ShopPayByVoucher($orderId: ID!, $code: String!, $key: String!) {
    payOrder(orderId: $orderId, payment: { method: GIFT_VOUCHER, voucherCode: $code }, idempotencyKey: $key) {
      retryAfterSeconds
      userErrors { code field message }
    }
  }
`);

type Checked = { balance: string; validUntil?: string | null } | { problem: string } | null;

/**
 * A gift voucher towards the order: its balance first if the buyer wants it, then a payment of
 * what it covers (the API takes the smaller of balance and amount due); the rest is paid by card
 * or another voucher. Unknown codes count against the buyer's address (the API throttles guessing):
 * its refusal is shown as it comes.
 */
export function VoucherPayment({ orderId, beforePaying, onPaid }: { orderId: string; beforePaying(): Promise<void>; onPaid(): void }) {
  const shop = useShop();
  const client = useClient();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<Checked>(null);
  const [paying, payByVoucher] = useMutation(PayByVoucher);

  async function check() {
    const answer = await client.query(VoucherQuery, { code: code.trim() }, { requestPolicy: 'network-only' }).toPromise();
    const v = answer.data?.voucher;
    if (v) return setChecked({ balance: money(v.balance), validUntil: v.validUntil });
    const error = answer.error?.graphQLErrors[0];
    setChecked({ problem: error?.extensions?.code === 'NOT_FOUND' ? shop.texts.voucherUnknown : (error?.message ?? answer.error?.message ?? shop.texts.voucherUnknown) });
  }
  async function pay() {
    await beforePaying();
    const answer = await payByVoucher({ orderId, code: code.trim(), key: newIdempotencyKey('voucher') });
    if (answer.data?.payOrder.userErrors.length === 0) {
      setCode('');
      setChecked(null);
      onPaid();
    }
  }
  return (
    <section className="voucher" data-testid="voucher">
      <h3>{shop.texts.voucher}</h3>
      <label>
        {shop.texts.voucherCode} <input name="voucherCode" value={code} autoComplete="off" onChange={(e) => { setCode(e.target.value); setChecked(null); }} />
      </label>{' '}
      <button className="secondary" data-testid="check-voucher" disabled={!code.trim()} onClick={() => void check()}>
        {shop.texts.checkVoucher}
      </button>{' '}
      <button data-testid="pay-voucher" disabled={!code.trim() || paying.fetching} onClick={() => void pay()}>
        {shop.texts.payWithVoucher}
      </button>
      {checked && 'balance' in checked && (
        <p data-testid="voucher-balance">
          {shop.texts.balance}: <strong>{checked.balance}</strong>
          {checked.validUntil && ` · ${shop.texts.validUntil} ${dateTime(checked.validUntil, shop.lang)}`}
        </p>
      )}
      {checked && 'problem' in checked && <p role="alert" data-testid="voucher-problem">{checked.problem}</p>}
      <UserErrors errors={paying.data?.payOrder.userErrors ?? []} />
      {paying.error && <p role="alert">{paying.error.message}</p>}
    </section>
  );
}
