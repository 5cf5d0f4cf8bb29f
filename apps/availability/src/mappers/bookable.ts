/** A booking link shows only for what is on sale and not sold out (docs/secutix/ticket-shop.md: "Book now" only when on sale and available). */
export function bookable(state: string | undefined, indicator: number | undefined): boolean {
  return state === 'ON_SALE' && indicator !== undefined && indicator !== 3;
}
