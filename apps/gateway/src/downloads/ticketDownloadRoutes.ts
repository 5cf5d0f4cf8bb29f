import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@stx/observability';

// what a download answer may carry back; anything else of the subgraph's stays inside
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control'];
const TIMEOUT_MS = 30_000;

/**
 * The tickets' PDF and barcode PNG on the gateway's own origin: browsers, phones and websites
 * reach one host, never the tickets subgraph's port. The signed link is passed through unchanged
 * and checked by the tickets subgraph, which alone holds the rule (owner, expiry, cancellation).
 * A listed origin's page may also fetch them (a blob to show inline or share), with the CORS
 * headers the API's answers carry: the signed link is what grants the ticket, not the origin.
 */
export function ticketDownloadRoutes(ticketsGraphqlUrl: string, logger: Logger, corsHeaders: (req: IncomingMessage) => Record<string, string> = () => ({})): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const origin = new URL(ticketsGraphqlUrl).origin;
  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // a page that sends a header of its own (a Bearer token, tracing headers) asks first
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...corsHeaders(req), allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    const { pathname, search } = new URL(req.url ?? '/', 'http://gateway');
    const cors = corsHeaders(req);
    try {
      const upstream = await fetch(`${origin}${pathname}${search}`, { method: req.method, signal: AbortSignal.timeout(TIMEOUT_MS) });
      const headers: Record<string, string> = { ...cors };
      for (const name of PASSED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      res.writeHead(upstream.status, headers);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (err) {
      logger.warn('ticket download through the gateway failed', { subgraph: 'tickets', url: `${origin}${pathname}`, reason: (err as Error).message });
      res.writeHead(503, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'UPSTREAM_UNAVAILABLE', message: 'Tickets cannot be downloaded right now; try again shortly.', retryable: true } }));
    }
  };
  return { '/files/ticket.pdf': forward, '/files/barcode.png': forward };
}
