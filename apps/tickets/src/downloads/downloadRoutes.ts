import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FulfilmentClient } from '@stx/secutix-client';
import type { Logger } from '@stx/observability';
import { barcodePng } from '../barcode/barcodePng';
import type { DownloadKind, DownloadLinks } from './downloadLinks';

/**
 * GET /files/ticket.pdf and /files/barcode.png with a signed link. A refused link gets a coded
 * JSON error (LINK_INVALID 403, LINK_EXPIRED 410); a ticket that is not the signed owner's gets
 * 404, like an unknown one; a cancelled ticket's barcode and document are not served (410).
 */
export function downloadRoutes(links: DownloadLinks, fulfilment: FulfilmentClient, logger: Logger) {
  const handle = (kind: DownloadKind) => async (req: IncomingMessage, res: ServerResponse) => {
    const verified = links.verify(kind, new URL(req.url ?? '/', 'http://x').searchParams, Date.now());
    if (verified === 'INVALID') return sendError(res, 403, 'LINK_INVALID', 'This link is not valid.');
    if (verified === 'EXPIRED') return sendError(res, 410, 'LINK_EXPIRED', 'This link has expired; ask for the ticket again.');
    try {
      const tickets = await fulfilment.getTicketsOfContact(verified.contactNumber, false);
      const ticket = tickets.find((t) => t.ticketId === verified.ticketId && t.contactNumber === verified.contactNumber);
      if (!ticket) return sendError(res, 404, 'NOT_FOUND', 'No such ticket.');
      // the document prints the barcode too: neither is handed out for a ticket that no longer admits
      if (ticket.state === 'CANCELLED' || ticket.state === 'INVALIDATED') return sendError(res, 410, 'TICKET_CANCELLED', 'This ticket is no longer valid.');
      if (kind === 'barcode.png') return send(res, 'image/png', barcodePng(ticket.barcode));
      const document = await fulfilment.getTicketDocument(ticket.ticketId);
      return send(res, 'application/pdf', document.data, document.fileName);
    } catch (err) {
      logger.warn('ticket download failed', { reason: (err as Error).message });
      return sendError(res, 503, 'UPSTREAM_UNAVAILABLE', 'SecuTix is not answering; try again shortly.');
    }
  };
  return { '/files/ticket.pdf': handle('ticket.pdf'), '/files/barcode.png': handle('barcode.png') };
}

function send(res: ServerResponse, type: string, body: Buffer, fileName?: string): void {
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'private, no-store',
    ...(fileName ? { 'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"` } : {}),
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message } }));
}
