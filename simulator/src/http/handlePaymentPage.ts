import type { IncomingMessage, ServerResponse } from 'node:http';
import { findPayment } from '../sales/findPayment';
import { applyExpiry, orderWorld, sell } from '../sales/orderExpiry';
import { amountDue } from '../sales/orderAmounts';
import { assignSeatsOnClosing } from '../fulfilment/assignSeatsOnClosing';
import { CURRENCY_CODE } from '../sales/orderRecords';
import { paymentPageHtml, type PaymentPageView } from '../sales/paymentPageHtml';
import { paymentReturnUrl } from '../shop/paymentReturnUrl';
import { readBody, send } from './httpIo';
import type { SimulatorRuntime } from './SimulatorRuntime';

const HTML = 'text/html; charset=utf-8';
const PATH = /^\/payment\/(\d{1,15})(?:\/(pay|cancel))?\/?$/;

/**
 * The payment widget's stand-in (docs/secutix/protocol.md, Sales): `GET /payment/<id>` shows the amount with a
 * pay and a cancel button; their POSTs settle a WAITING payment once, then send the buyer back
 * to the returnUrl given to checkPayment (303), or show a confirmation when there was none.
 */
export async function handlePaymentPage(req: IncomingMessage, res: ServerResponse, url: URL, runtime: SimulatorRuntime): Promise<void> {
  const match = PATH.exec(url.pathname);
  const action = match?.[2] as 'pay' | 'cancel' | undefined;
  if (!match || (req.method !== (action ? 'POST' : 'GET'))) {
    page(res, match ? 405 : 404, { title: 'Not found', message: match ? `Use ${action ? 'POST' : 'GET'} here.` : 'There is no payment page here.' });
    return;
  }
  if (action) await readBody(req); // the fake card form carries nothing we keep
  const found = findPayment(runtime.orders, Number(match[1]));
  if (!found) {
    page(res, 404, { title: 'Unknown payment', message: 'There is no payment with this reference.' });
    return;
  }
  const { order, payment } = found;
  applyExpiry(orderWorld(runtime), order);
  if (payment.paymentStatus !== 'WAITING') {
    page(res, 409, { title: 'Payment already settled', message: `This payment is ${payment.paymentStatus === 'PAID' ? 'already paid' : 'cancelled'}; nothing was changed.` });
    return;
  }
  if (order.state !== 'IN_PROGRESS') {
    page(res, 409, { title: 'Order no longer open', message: `Order ${order.orderId} is ${order.state === 'CLOSED' ? 'closed' : 'no longer open: its seats were released'}; nothing was charged.` });
    return;
  }
  if (!action) {
    page(res, 200, { title: 'Card payment', message: 'Demo payment page: no card is charged.', form: { paymentId: payment.paymentId, orderId: order.orderId, amount: payment.amount, currencyCode: CURRENCY_CODE } });
    return;
  }
  // a card pays what was due when it started; if the order changed since (delivery, lines, other
  // payments), nothing is charged and the buyer starts again
  if (action === 'pay' && payment.amount !== amountDue(order)) {
    page(res, 409, { title: 'Order changed', message: `Order ${order.orderId} no longer owes ${payment.amount / 1000} ${CURRENCY_CODE}; nothing was charged.` });
    return;
  }
  payment.paymentStatus = action === 'pay' ? 'PAID' : 'CANCELLED_BY_USER';
  // the last payment completing closes the order, as SecuTix's payment widget does
  if (action === 'pay' && amountDue(order) === 0) {
    sell(order, runtime.options.now());
    assignSeatsOnClosing(order, runtime);
  }
  if (payment.returnUrl) {
    send(res, 303, HTML, '', { location: paymentReturnUrl(payment.returnUrl, { orderId: order.orderId, paymentId: payment.paymentId }, action === 'pay' ? 'paid' : 'cancelled') });
    return;
  }
  page(res, 200, action === 'pay' ? { title: 'Payment accepted', message: `Order ${order.orderId} is paid; you may close this page.` } : { title: 'Payment cancelled', message: `Nothing was charged for order ${order.orderId}.` });
}

function page(res: ServerResponse, status: number, view: PaymentPageView): void {
  send(res, status, HTML, paymentPageHtml(view), { 'cache-control': 'no-store' });
}
