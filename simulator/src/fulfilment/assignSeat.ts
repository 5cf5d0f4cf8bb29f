import type { SimSeat } from '../data/orderTypes';
import type { SimulatorState } from '../data/SimulatorState';
import { seatMap } from '../services/seatMap';

/**
 * A seat for a new ticket of a seated performance, or undefined for free placement. The seat map
 * counts the first (capacity - remaining) seats of a category as sold, so a ticket takes the
 * highest sold seat no ticket holds yet (the most recent sale), then, when tickets outnumber the
 * sold seats (orders put in the store by hand), the next free one. `taken` is updated.
 */
export function assignSeat(state: SimulatorState, performanceId: number | undefined, seatCategoryId: number | undefined, taken: Set<number>): SimSeat | undefined {
  if (performanceId === undefined || seatCategoryId === undefined) return undefined;
  const perf = state.performance(performanceId);
  const stock = perf?.categories.get(seatCategoryId);
  if (!perf || !stock) return undefined;
  const seats = seatMap(perf, seatCategoryId);
  const sold = stock.capacity - stock.remaining;
  const order = [...range(sold - 1, -1), ...range(sold, seats.length)];
  const index = order.find((i) => !taken.has(i));
  if (index === undefined) return undefined;
  taken.add(index);
  const s = seats[index];
  return { area: s.area, block: s.block, row: s.row, number: String(s.number) };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; from <= to ? i < to : i > to; i += from <= to ? 1 : -1) out.push(i);
  return out;
}
