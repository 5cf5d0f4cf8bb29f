import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { jsonPathPrefix, services, soapPath } from '../services/services';
import { handleIdp } from '../idp/handleIdp';
import { handlePartnerSites, PARTNER_PREFIXES } from '../distribution/handlePartnerSites';
import { handleTicketShop, TICKET_SHOP_PREFIXES } from '../shop/handleTicketShop';
import { handleAdmin } from './handleAdmin';
import { handleJson } from './handleJson';
import { handlePaymentPage } from './handlePaymentPage';
import { handleSoap } from './handleSoap';
import { TOKEN_PATHS, handleTokenEndpoint } from './handleTokenEndpoint';
import { BodyTooLargeError, send } from './httpIo';
import type { SimulatorRuntime } from './SimulatorRuntime';

const soapRoutes = new Map(services.map((s) => [soapPath(s), s]));
const jsonRoutes = services.map((s) => [jsonPathPrefix(s), s] as const);

/** The router: admin API, identity provider, hosted payment page, token endpoint, SOAP endpoints, REST-RPC endpoints; anything else is 404. */
export function createRequestListener(runtime: SimulatorRuntime): RequestListener {
  return (req, res) => {
    route(req, res, runtime).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof BodyTooLargeError) send(res, 413, 'text/plain; charset=utf-8', err.message);
      else send(res, 500, 'text/plain; charset=utf-8', 'simulator error');
    });
  };
}

async function route(req: IncomingMessage, res: ServerResponse, runtime: SimulatorRuntime): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  if (PARTNER_PREFIXES.some((p) => url.pathname.startsWith(p))) return handlePartnerSites(req, res, url, runtime);
  if (TICKET_SHOP_PREFIXES.some((p) => url.pathname.startsWith(p))) return handleTicketShop(req, res, url, runtime);
  if (url.pathname.startsWith('/__admin/')) return handleAdmin(req, res, url, runtime);
  if (url.pathname.startsWith('/idp/')) return handleIdp(req, res, url, runtime);
  if (url.pathname.startsWith('/payment/')) return handlePaymentPage(req, res, url, runtime);
  if (TOKEN_PATHS.has(url.pathname)) return handleTokenEndpoint(req, res, runtime);
  const soapService = soapRoutes.get(url.pathname);
  if (soapService) return handleSoap(req, res, url, soapService, runtime);
  for (const [prefix, service] of jsonRoutes) {
    if (url.pathname.startsWith(prefix)) return handleJson(req, res, url.pathname.slice(prefix.length), service, runtime);
  }
  // counted under its path, so a test sees a client calling something the simulator lacks
  runtime.calls.count(url.pathname);
  send(res, 404, 'text/plain; charset=utf-8', `not a SecuTix endpoint: ${url.pathname}`);
}
