import { readBackendConfig, readSubgraphPort, readInt, readUrl, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface TicketsConfig {
  port: number;
  backend: BackendConfig;
  /** where buyers' phones and browsers reach this subgraph's download links */
  publicUrl: string;
  downloadLinkSeconds: number;
}

export function readTicketsConfig(env: Env): TicketsConfig {
  const port = readSubgraphPort(env, 'tickets');
  return {
    port,
    backend: readBackendConfig(env),
    publicUrl: readUrl(env, 'TICKETS_PUBLIC_URL', `http://localhost:${port}`).replace(/\/$/, ''),
    downloadLinkSeconds: readInt(env, 'TICKET_LINK_SECONDS', 15 * 60, { min: 10 }),
  };
}
