/** How the buyer left the hosted payment page. */
export type PaymentOutcome = 'paid' | 'cancelled';

/**
 * The returnUrl given to checkPayment, with the order and the outcome added as query parameters
 * (`orderId`, `paymentId`, `outcome`), so the website knows which order came back and whether
 * it was paid without asking first [ours: SecuTix's widget does not document its own].
 * The website must still read the order: these parameters are only a hint a buyer can edit.
 */
export function paymentReturnUrl(returnUrl: string, ids: { orderId: number; paymentId: number }, outcome: PaymentOutcome): string {
  let url: URL;
  try {
    url = new URL(returnUrl);
  } catch {
    return returnUrl; // kept as given: SecuTix does not check it either, and the buyer must still get back
  }
  url.searchParams.set('orderId', String(ids.orderId));
  url.searchParams.set('paymentId', String(ids.paymentId));
  url.searchParams.set('outcome', outcome);
  return url.toString();
}
