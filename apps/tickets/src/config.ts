import { readBackendConfig, type BackendConfig } from '@stx/secutix-runtime';
import { readInt, readUrl, type Env } from '@stx/env';

export interface TicketsConfig {
  port: number;
  backend: BackendConfig;
  /** where buyers' phones and browsers reach the download links: the gateway, which forwards them here */
  publicUrl: string;
  downloadLinkSeconds: number;
}

/** its settings; the port is read from `TICKETS_PORT` by the host (packages/host) */
export function readTicketsConfig(env: Env): Omit<TicketsConfig, 'port'> {
  return {
    backend: readBackendConfig(env),
    publicUrl: readUrl(env, 'TICKETS_PUBLIC_URL', readUrl(env, 'PUBLIC_URL', `http://localhost:${readInt(env, 'GATEWAY_PORT', 4000, { min: 0, max: 65535 })}`)).replace(/\/$/, ''),
    downloadLinkSeconds: readInt(env, 'TICKET_LINK_SECONDS', 15 * 60, { min: 10 }),
  };
}
