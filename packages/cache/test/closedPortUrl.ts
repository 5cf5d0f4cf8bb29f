import { freePort } from '@stx/testing';

/** A Redis URL where nothing listens: a port that was free a moment ago, not a privileged one. */
export async function closedPortUrl(): Promise<string> {
  return `redis://127.0.0.1:${await freePort()}`;
}
