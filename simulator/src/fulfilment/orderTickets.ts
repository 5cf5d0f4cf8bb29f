import type { ContactStore } from '../data/ContactStore';
import type { SimOrder, SimOrderLine, SimSeat } from '../data/orderTypes';
import type { SimulatorState } from '../data/SimulatorState';
import { assignSeat } from './assignSeat';
import type { IssuedTicket, TicketStore } from './TicketStore';

export type TicketState = 'VALID' | 'PRINTED' | 'CANCELLED' | 'INVALIDATED' | 'CONTROLLED';

/** A ticket as getTicketsOfOrders answers it (docs/secutix/protocol.md, Shipment and tickets). */
export interface TicketView {
  ticketId: number;
  orderId: number;
  contactNumber: string;
  barcode: string;
  state: TicketState;
  productId: number;
  performanceId?: number;
  seatCategoryId?: number;
  seat?: SimSeat;
  placement?: 'FREE';
  holderName?: string;
}

export interface TicketSources {
  state: SimulatorState;
  contacts: ContactStore;
  tickets: TicketStore;
}

/**
 * The tickets of one order: one per unit of each sold line of a closed order, issued (id,
 * barcode, seat) the first time they are seen. A line cancelled after its tickets were issued
 * shows them CANCELLED; a line cancelled before anyone saw it sold (removed while the order was
 * open) has none. Open and abandoned orders have no tickets.
 */
export function orderTickets(order: SimOrder, src: TicketSources): TicketView[] {
  if (order.state !== 'CLOSED' && order.state !== 'CANCELLED') return [];
  const holderName = holderOf(order.contactNumber, src.contacts);
  return order.lines.flatMap((line) => lineTickets(order, line, src).map((t) => view(order, line, t, holderName)));
}

function lineTickets(order: SimOrder, line: SimOrderLine, src: TicketSources): readonly IssuedTicket[] {
  const issued = src.tickets.ofLine(line.operationId);
  if (line.state !== 'SOLD') return issued;
  for (let i = issued.length; i < line.quantity; i++) src.tickets.issue(order.orderId, line.operationId, seatFor(line, i, src));
  return src.tickets.ofLine(line.operationId);
}

/** the seat sales recorded, if any; otherwise one derived from the seat map */
function seatFor(line: SimOrderLine, index: number, src: TicketSources): SimSeat | undefined {
  const given = line.seats?.[index];
  if (given) return given;
  if (line.performanceId === undefined || line.seatCategoryId === undefined) return undefined;
  return assignSeat(src.state, line.performanceId, line.seatCategoryId, src.tickets.takenSeats(line.performanceId, line.seatCategoryId));
}

function view(order: SimOrder, line: SimOrderLine, t: IssuedTicket, holderName: string | undefined): TicketView {
  return {
    ticketId: t.ticketId,
    orderId: order.orderId,
    contactNumber: order.contactNumber,
    barcode: t.barcode,
    state: line.state === 'CANCELLED' ? 'CANCELLED' : t.state,
    productId: line.productId,
    performanceId: line.performanceId,
    seatCategoryId: line.seatCategoryId,
    seat: t.seat,
    placement: t.seat ? undefined : 'FREE',
    holderName,
  };
}

function holderOf(contactNumber: string, contacts: ContactStore): string | undefined {
  const c = contacts.get(contactNumber)?.individualContact;
  return c ? `${c.individualFirstname} ${c.individualLastname}` : undefined;
}
