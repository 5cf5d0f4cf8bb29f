import type { PerformanceStock } from '../data/stockTypes';

export interface SeatRecord {
  physicalSeatId: number;
  seatCategoryId: number;
  area: string;
  block: string;
  row: string;
  number: number;
  available: boolean;
}

const SEATS_PER_ROW = 20;

/**
 * Seats are derived from the stock on demand, never stored: category k sits in block k, rows of
 * twenty, and the first (capacity - remaining) seats of a category are the sold ones.
 */
export function seatMap(perf: PerformanceStock, seatCategoryId?: number): SeatRecord[] {
  const seats: SeatRecord[] = [];
  let block = 0;
  for (const [categoryId, stock] of perf.categories) {
    block++;
    if (seatCategoryId !== undefined && categoryId !== seatCategoryId) continue;
    const sold = stock.capacity - stock.remaining;
    for (let i = 0; i < stock.capacity; i++) {
      seats.push({
        physicalSeatId: perf.performanceId * 10_000 + block * 1000 + i,
        seatCategoryId: categoryId,
        area: 'PARTERRE',
        block: `B${block}`,
        row: String(Math.floor(i / SEATS_PER_ROW) + 1),
        number: (i % SEATS_PER_ROW) + 1,
        available: perf.state === 'RUNNING' && i >= sold,
      });
    }
  }
  return seats;
}
