import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ShopServerConfig } from './config';
import { SHOP_DIST } from './buildShop';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServedShop {
  /** where browsers open it (the public URL) */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The built shop on its own origin: hashed assets cached for a year, `/config.json` telling the
 * page where the gateway is, and `index.html` for every other path (the page routes itself).
 */
export async function serveShop(config: ShopServerConfig, dist = SHOP_DIST): Promise<ServedShop> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?', 1)[0]);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ gatewayUrl: config.gatewayUrl }));
      return;
    }
    const file = normalize(join(dist, path));
    const asset = file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile();
    const served = asset ? file : join(dist, 'index.html');
    const immutable = asset && path.startsWith('/assets/');
    res.writeHead(200, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = config.port === 0 ? config.publicUrl.replace(/:0$/, `:${port}`) : config.publicUrl;
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
