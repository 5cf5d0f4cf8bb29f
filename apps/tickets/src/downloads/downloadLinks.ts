import { createHmac, timingSafeEqual } from 'node:crypto';
import { isContactNumber, isSecutixId } from '@stx/domain-rules';

export type DownloadKind = 'ticket.pdf' | 'barcode.png';

/**
 * Links to a ticket's PDF or barcode that only its owner can use: the ticket, the owner's contact
 * number and an expiry are signed together, so a changed id, owner or date breaks the signature.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(private readonly o: { baseUrl: string; secret: string; ttlSeconds: number }) {
    // a key of its own, derived from the identity secret, so links can never pass for identity headers
    this.key = createHmac('sha256', o.secret).update('ticket-downloads').digest();
  }

  url(kind: DownloadKind, ticketId: number, contactNumber: string, nowMs: number): string {
    const exp = Math.floor(nowMs / 1000) + this.o.ttlSeconds;
    const query = new URLSearchParams({ t: String(ticketId), c: contactNumber, exp: String(exp), sig: this.sign(kind, ticketId, contactNumber, exp) });
    return `${this.o.baseUrl}/files/${kind}?${query.toString()}`;
  }

  verify(kind: DownloadKind, query: URLSearchParams, nowMs: number): { ticketId: number; contactNumber: string } | 'INVALID' | 'EXPIRED' {
    const t = query.get('t') ?? '';
    const c = query.get('c') ?? '';
    const exp = query.get('exp') ?? '';
    const sig = query.get('sig') ?? '';
    if (!isSecutixId(t) || !isContactNumber(c) || !/^\d{1,12}$/.test(exp)) return 'INVALID';
    const expected = Buffer.from(this.sign(kind, Number(t), c, Number(exp)));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'INVALID';
    if (Number(exp) * 1000 <= nowMs) return 'EXPIRED';
    return { ticketId: Number(t), contactNumber: c };
  }

  private sign(kind: string, ticketId: number, contactNumber: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${kind}\u0000${ticketId}\u0000${contactNumber}\u0000${exp}`).digest('base64url');
  }
}
