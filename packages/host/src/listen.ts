import type { AddressInfo, Server } from 'node:net';

/**
 * Listens and resolves with the bound port; a port already taken rejects. Without the error
 * listener, `EADDRINUSE` is an uncaught exception and the start never settles: a test's stack
 * host waited out its 50 s on one, and a service should exit on it with its message.
 */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
