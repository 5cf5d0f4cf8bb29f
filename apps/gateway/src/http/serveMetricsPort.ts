import { createServer } from 'node:http';
import { serveMetrics } from '@stx/observability';
import { listen } from '@stx/host';

export interface MetricsListener {
  /** `http://<host>:<port>/metrics` */
  url: string;
  close(): Promise<void>;
}

/**
 * The gateway's Prometheus endpoint, on a port of its own as Apollo Router keeps it (its 9090):
 * the public port is the one load balancers and ingresses expose, and on it `/metrics` told
 * anyone the SecuTix calls per operation (sales volume), budgets and throttle refusals, and cost
 * 2 ms a scrape. Subgraphs keep `/metrics` on their own ports, which are not public.
 */
export async function serveMetricsPort(port: number, host: string): Promise<MetricsListener> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://metrics').pathname === '/metrics') return void serveMetrics(res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found: GET /metrics');
  });
  const bound = await listen(server, port, host);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        // a scraper's kept-alive connection would hold the close for its idle timeout
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
