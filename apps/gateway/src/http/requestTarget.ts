import type { IncomingMessage } from 'node:http';

// a host name, IPv4 or [IPv6] address, and a port: nothing that could end the authority (`/?#@`)
const HOST = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The path and query of a request, or undefined for a target that is no path. The engine is given
 * this very URL (serveGateway's `execution`), so the front's checks (CSRF, JSON), the response
 * cache's key and the engine read one operation: a split of the target that differed from the
 * WHATWG parser's (a second `?`), or a URL built from the Host header (one holding
 * `/graphql?query=…`), once let a request be checked and cached as one operation while the engine
 * ran another. A `#` is no part of a request target (RFC 9112), and a Host must be a host.
 */
export function requestTarget(req: IncomingMessage): URL | undefined {
  const target = req.url ?? '/';
  const host = req.headers.host;
  if (!target.startsWith('/') || target.includes('#') || (host !== undefined && !HOST.test(host))) return undefined;
  try {
    return new URL(`http://gateway${target}`);
  } catch {
    return undefined;
  }
}
