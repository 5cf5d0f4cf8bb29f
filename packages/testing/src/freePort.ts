import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** the lowest port handed out: above the registered services most machines run */
const LOWEST = 10_000;
/** ports this process handed out, never given twice (another process's pick is random) */
const handedOut = new Set<number>();

/**
 * A port free on loopback now, for a server that must know its port before it listens (a public
 * URL in its own configuration, an inspector opened later). It is taken below the kernel's
 * ephemeral range when that range is known: a port from `listen(0)` is ephemeral, and every
 * outgoing connection (to Redis, PostgreSQL, a subgraph) takes its local port from the same
 * range, so between the pick and the listen one of them could hold it. That happened in CI: a
 * gateway's port taken while six subgraphs started, an inspector's port taken during minutes of
 * load. Below the range only another `freePort` or a fixed port can collide, and picks are random.
 */
export async function freePort(): Promise<number> {
  const below = ephemeralRangeStart();
  if (below === undefined || below - LOWEST < 1000) return osPicked();
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (below - LOWEST));
    if (handedOut.has(port)) continue;
    handedOut.add(port); // before the check, so that concurrent picks cannot both take it
    if (await bindable(port)) return port;
  }
  return osPicked();
}

/** Linux's first ephemeral port (`ip_local_port_range`), or undefined elsewhere */
function ephemeralRangeStart(): number | undefined {
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(first) && first > 0 ? first : undefined;
  } catch {
    return undefined;
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function osPicked(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
