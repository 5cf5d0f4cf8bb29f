import type { IncomingMessage } from 'node:http';

// a host name, IPv4 or [IPv6] address, and a port: nothing that could end the authority (`/?#@`)
const HOST = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The path and query of a request exactly as the engine will read them, or undefined for a target
 * it could read otherwise. The engine builds its URL as `http://<Host header><target>` and reads a
 * GET's parameters from everything after the first `?`; the front's checks (CSRF, JSON) and the
 * response cache's key must see the same operation, or a request could be checked and cached as one
 * operation while the engine runs another: a Host header holding `/graphql?query=…`, a second `?`,
 * a `#` (no part of a request target, RFC 9112). So the Host must be a host, the target a path, and
 * both are parsed by the same WHATWG URL parser as the engine's.
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
