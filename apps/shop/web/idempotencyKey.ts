/** A fresh idempotency key (the API accepts 8 to 100 of `[A-Za-z0-9._:-]`): one per user action, so a retried click never buys twice. */
export function newIdempotencyKey(action: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `shop.${action}.${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
