/**
 * The partner's side of a distribution channel, as the Ticketnet stand-in and the distributor
 * institution both keep it: the events the manager exported, the allotment of each session, and
 * the partner's own sales, duplicates and refunds, which the manager reads back since a date.
 */
export interface DeskSeat {
  row: string;
  number: string;
}

export interface DeskZone {
  zoneId: string;
  categoryId: string;
  numbered: boolean;
  seats: DeskSeat[];
  /** unnumbered zones as the rows they were sent as */
  rows?: { row: string; first: number; last: number }[];
}

export interface DeskSession {
  sessionId: string;
  startsAt: string;
  zones: DeskZone[];
}

export interface DeskEvent {
  eventId: string;
  name: string;
  hallId: string;
  tariffs: { tariffId: string; name: string; price: string }[];
  categories: { categoryId: string; name: string }[];
  sessions: DeskSession[];
  /** how many times the manager sent it (Ticketnet refuses the second; the distributor updates) */
  received: number;
  payload: unknown;
}

export interface DeskOperation {
  operationId: string;
  type: 'SALE' | 'DUPLICATE' | 'REFUND';
  eventId: string;
  sessionId: string;
  zoneId: string;
  categoryId: string;
  tariffId: string;
  row: string;
  number: string;
  /** decimal string in the currency, as the partner charged it */
  price: string;
  at: string;
  /** the sale a duplicate or refund is about */
  refersTo?: string;
}

export class PartnerDesk {
  readonly events = new Map<string, DeskEvent>();
  readonly operations: DeskOperation[] = [];
  private next = 0;

  constructor(private readonly prefix: string, private readonly now: () => number) {}

  session(eventId: string, sessionId: string | undefined): { event: DeskEvent; session: DeskSession } | undefined {
    const event = this.events.get(eventId);
    const session = event && (sessionId ? event.sessions.find((s) => s.sessionId === sessionId) : event.sessions[0]);
    return event && session ? { event, session } : undefined;
  }

  /** Sells `quantity` seats of the allotment not sold yet, in zone and seat order. */
  sell(eventId: string, sessionId: string | undefined, quantity: number, tariffId?: string, price?: string): DeskOperation[] | string {
    const found = this.session(eventId, sessionId);
    if (!found) return `no event ${eventId}${sessionId ? ` session ${sessionId}` : ''} with an allotment`;
    const tariff = tariffId ? found.event.tariffs.find((t) => t.tariffId === tariffId) : found.event.tariffs[0];
    if (!tariff) return `no tariff ${tariffId} on event ${eventId}`;
    const taken = new Set(this.held(eventId, found.session.sessionId).map((o) => `${o.zoneId}/${o.row}/${o.number}`));
    const sold: DeskOperation[] = [];
    for (const zone of found.session.zones) {
      for (const seat of zone.seats.length ? zone.seats : expandRows(zone.rows ?? [])) {
        if (sold.length === quantity) break;
        if (taken.has(`${zone.zoneId}/${seat.row}/${seat.number}`)) continue;
        sold.push(this.record({ type: 'SALE', eventId, sessionId: found.session.sessionId, zoneId: zone.zoneId, categoryId: zone.categoryId, tariffId: tariff.tariffId, row: seat.row, number: seat.number, price: price ?? tariff.price }));
      }
    }
    if (sold.length < quantity) return `only ${sold.length} seats left in the allotment`;
    return sold;
  }

  /** A duplicate or refund of one of the partner's sales. */
  follow(type: 'DUPLICATE' | 'REFUND', operationId: string): DeskOperation | string {
    const sale = this.operations.find((o) => o.operationId === operationId && o.type === 'SALE');
    if (!sale) return `no sale ${operationId}`;
    if (this.operations.some((o) => o.type === 'REFUND' && o.refersTo === operationId)) return `sale ${operationId} is already refunded`;
    return this.record({ ...sale, type, refersTo: operationId });
  }

  since(fromMs: number): DeskOperation[] {
    return this.operations.filter((o) => Date.parse(o.at) >= fromMs);
  }

  private held(eventId: string, sessionId: string): DeskOperation[] {
    const refunded = new Set(this.operations.filter((o) => o.type === 'REFUND').map((o) => o.refersTo));
    return this.operations.filter((o) => o.type === 'SALE' && o.eventId === eventId && o.sessionId === sessionId && !refunded.has(o.operationId));
  }

  private record(op: Omit<DeskOperation, 'operationId' | 'at'>): DeskOperation {
    const full = { ...op, operationId: `${this.prefix}-${++this.next}`, at: new Date(this.now()).toISOString() };
    this.operations.push(full);
    return full;
  }
}

function expandRows(rows: { row: string; first: number; last: number }[]): DeskSeat[] {
  const out: DeskSeat[] = [];
  for (const r of rows) for (let n = r.first; n <= r.last && out.length < 10_000; n++) out.push({ row: r.row, number: String(n) });
  return out;
}
