import type { ServerResponse } from 'node:http';
import { registry } from './registry';

/** answers `GET /metrics` in Prometheus' text format */
export async function serveMetrics(res: ServerResponse): Promise<void> {
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(body);
}
