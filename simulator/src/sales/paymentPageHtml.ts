import { formatThousandths } from './money';
import { escapeAttribute as escape } from '../protocol/toXml';

/** The hosted payment page's HTML: self-contained (no script, no external asset), texts escaped. */
export interface PaymentPageView {
  title: string;
  message: string;
  /** shown with the pay and cancel buttons only while the payment waits */
  form?: { paymentId: number; orderId: number; amount: number; currencyCode: string };
}

export function paymentPageHtml(view: PaymentPageView): string {
  const body = view.form ? form(view.form) : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(view.title)}</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}form{display:inline}button{margin:.5rem .5rem 0 0;padding:.5rem 1rem}</style>
</head><body>
<h1>${escape(view.title)}</h1>
<p>${escape(view.message)}</p>
${body}
</body></html>`;
}

/** A card form for show: nothing typed in it is read or kept. */
function form(f: NonNullable<PaymentPageView['form']>): string {
  const base = `/payment/${f.paymentId}`;
  return `<dl><dt>Order</dt><dd id="order">${f.orderId}</dd><dt>Amount</dt><dd id="amount">${formatThousandths(f.amount)} ${escape(f.currencyCode)}</dd></dl>
<p><label>Card number <input autocomplete="off" placeholder="4111 1111 1111 1111" disabled></label></p>
<form method="post" action="${base}/pay"><button id="pay" type="submit">Pay</button></form>
<form method="post" action="${base}/cancel"><button id="cancel" type="submit">Cancel</button></form>`;
}
