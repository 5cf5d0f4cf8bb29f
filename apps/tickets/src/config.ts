import { readBackendConfig, readSubgraphPort, readInt, readUrl, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface TicketsConfig {
  port: number;
  backend: BackendConfig;
  /** where buyers' phones and browsers reach the download links: the gateway, which forwards them here */
  publicUrl: string;
  downloadLinkSeconds: number;
}

export function readTicketsConfig(env: Env): TicketsConfig {
  const port = readSubgraphPort(env, 'tickets');
  return {
    port,
    backend: readBackendConfig(env),
    publicUrl: readUrl(env, 'TICKETS_PUBLIC_URL', readUrl(env, 'PUBLIC_URL', `http://localhost:${readInt(env, 'GATEWAY_PORT', 4000, { min: 0, max: 65535 })}`)).replace(/\/$/, ''),
    downloadLinkSeconds: readInt(env, 'TICKET_LINK_SECONDS', 15 * 60, { min: 10 }),
  };
}
