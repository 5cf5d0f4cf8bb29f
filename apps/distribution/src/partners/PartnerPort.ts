/** What the manager sends a partner and reads back, in the partner's ids (docs/secutix/protocol.md, "Distribution partners"). */
export interface PartnerEvent {
  eventId: string;
  name: string;
  hallId: string;
  sessions: { sessionId: string; startsAt: string }[];
  categories: { categoryId: string; name: string }[];
  tariffs: { tariffId: string; name: string; price: string }[];
  /** another institution: the objects of its correspondences, in its ids */
  references?: Record<string, string>;
}

export interface PartnerZone {
  zoneId: string;
  categoryId: string;
  numbered: boolean;
  seats?: { row: string; number: string }[];
  rows?: { row: string; first: number; last: number }[];
}

export interface PartnerOperation {
  operationId: string;
  type: 'SALE' | 'DUPLICATE' | 'REFUND';
  eventId: string;
  sessionId: string;
  zoneId: string;
  categoryId: string;
  tariffId: string;
  row: string;
  number: string;
  price: string;
  at: string;
  refersTo?: string;
}

export type SendEventResult = 'CREATED' | 'UPDATED' | 'ALREADY_EXISTS';

export interface PartnerPort {
  sendEvent(event: PartnerEvent): Promise<SendEventResult>;
  sendAllotment(eventId: string, sessionId: string, zones: PartnerZone[]): Promise<void>;
  operationsSince(since: Date): Promise<PartnerOperation[]>;
}

/** A partner call that failed; the message is ours (never the partner's raw body). */
export class PartnerError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}
