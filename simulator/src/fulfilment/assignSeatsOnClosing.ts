import type { SimOrder } from '../data/orderTypes';
import { orderTickets, type TicketSources } from './orderTickets';

/**
 * SecuTix assigns the seats of an order when it is sold: the tickets are issued at closing (ids,
 * barcodes, seats from the seat map) and each seated line records its seats, which the order's
 * details then show (`operationDatas[].seats` [ours]).
 */
export function assignSeatsOnClosing(order: SimOrder, src: TicketSources): void {
  orderTickets(order, src);
  for (const line of order.lines) {
    if (line.state !== 'SOLD' || line.performanceId === undefined || line.seats) continue;
    const seats = src.tickets.ofLine(line.operationId).flatMap((t) => (t.seat ? [{ ...t.seat }] : []));
    if (seats.length) line.seats = seats;
  }
}
