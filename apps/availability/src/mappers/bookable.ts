/** A booking link shows only for what is on sale and not sold out (the seeds' "book" rule). */
export function bookable(state: string | undefined, indicator: number | undefined): boolean {
  return state === 'ON_SALE' && indicator !== undefined && indicator !== 3;
}
