import { randomInt } from 'node:crypto';
import type { SimSeat } from '../data/orderTypes';

/** States the control API may set on a sold ticket; CANCELLED comes only from the order line. */
export type TicketStateOverride = 'VALID' | 'PRINTED' | 'CONTROLLED' | 'INVALIDATED';

/** A ticket once issued: what must never change for it (id, barcode, seat). */
export interface IssuedTicket {
  ticketId: number;
  barcode: string;
  orderId: number;
  operationId: number;
  seat?: SimSeat;
  /** set through POST /__admin/tickets/state; VALID by default */
  state: TicketStateOverride;
}

const BARCODE_DIGITS = 16;

/**
 * Storage of the issued tickets: ids and barcodes are handed out the first time a ticket is
 * seen and kept, so they are stable for the life of the order (until a data reset). Seats given
 * to tickets are recorded per performance and category so no seat is given twice.
 */
export class TicketStore {
  private byId = new Map<number, IssuedTicket>();
  private byLine = new Map<number, IssuedTicket[]>();
  private barcodes = new Set<string>();
  private seatsTaken = new Map<string, Set<number>>();
  private nextTicketId = 0;

  constructor() {
    this.reset();
  }

  /** Forget every ticket (POST /__admin/reset {"data": true}), as the orders are forgotten. */
  reset(): void {
    this.byId = new Map();
    this.byLine = new Map();
    this.barcodes = new Set();
    this.seatsTaken = new Map();
    this.nextTicketId = 8_000_001;
  }

  get(ticketId: number): IssuedTicket | undefined {
    return this.byId.get(ticketId);
  }

  /** the tickets issued so far for one order line (by its operationId), in issue order */
  ofLine(operationId: number): readonly IssuedTicket[] {
    return this.byLine.get(operationId) ?? [];
  }

  issue(orderId: number, operationId: number, seat: SimSeat | undefined): IssuedTicket {
    const ticket: IssuedTicket = { ticketId: this.nextTicketId++, barcode: this.newBarcode(), orderId, operationId, seat, state: 'VALID' };
    this.byId.set(ticket.ticketId, ticket);
    const line = this.byLine.get(operationId);
    if (line) line.push(ticket);
    else this.byLine.set(operationId, [ticket]);
    return ticket;
  }

  /** seat indexes (in seatMap order) already given to a ticket, per performance and category */
  takenSeats(performanceId: number, seatCategoryId: number): Set<number> {
    const key = `${performanceId}:${seatCategoryId}`;
    let taken = this.seatsTaken.get(key);
    if (!taken) this.seatsTaken.set(key, (taken = new Set()));
    return taken;
  }

  /**
   * Random, not derived from the ticket id: a barcode opens the door, so knowing one ticket must
   * not tell another. Sixteen digits, no leading zero: ITF (the tickets subgraph's symbology)
   * needs an even count, and a leading zero would be lost by readers that pad.
   */
  private newBarcode(): string {
    for (;;) {
      let code = String(randomInt(1, 10));
      while (code.length < BARCODE_DIGITS) code += String(randomInt(0, 10));
      if (!this.barcodes.has(code)) {
        this.barcodes.add(code);
        return code;
      }
    }
  }
}
