export interface SeatRow {
  row: number;
  first: number;
  last: number;
}

export const SEATS_PER_ROW = 1000;

/**
 * Ticketnet sells numbered seats only: an unnumbered zone goes there as rows numbered from 1 of
 * 1,000 seats each, numbered from 1, the last row holding the rest (docs/secutix/distribution.md: 2,500 seats are
 * 1-1 to 1-1000, 2-1 to 2-1000, 3-1 to 3-500). Numbers are plain integers, never zero-padded.
 */
export function unnumberedSeatRows(capacity: number): SeatRow[] {
  if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be a whole number of seats');
  const rows: SeatRow[] = [];
  for (let row = 1, left = capacity; left > 0; row++, left -= SEATS_PER_ROW) rows.push({ row, first: 1, last: Math.min(SEATS_PER_ROW, left) });
  return rows;
}
