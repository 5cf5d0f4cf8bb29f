import { silentLogger } from '@stx/observability';
import type { Served } from '@stx/host';
import type { Stack } from '@stx/testing';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';

/** one more gateway over a stack's subgraphs and secrets, with its own configuration */
export function startGatewayOver(stack: Stack, env: Record<string, string>): Promise<Served> {
  const urls = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  const secrets = { AUTH_TOKEN_SECRET: stack.secrets.tokenSecret, IDENTITY_SECRET: stack.secrets.identitySecret };
  return startGateway(readGatewayConfig({ ...urls, ...secrets, GATEWAY_PORT: '0', ...env }), silentLogger);
}
