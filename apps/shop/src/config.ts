import { readInt, readString, readUrl, type Env } from '@stx/env';

export interface ShopServerConfig {
  port: number;
  host: string;
  /** the origin browsers open the shop at; the gateway must allow it (CORS_ORIGINS) */
  publicUrl: string;
  /** the GraphQL endpoint the page calls, on the gateway's origin */
  gatewayUrl: string;
}

/**
 * The sample shop's server. Its defaults use `localhost` for both origins, like the gateway's
 * PUBLIC_URL: cookies ignore ports, so the gateway's session and SecuTix's cookies set on
 * `localhost` reach the gateway from the shop's page.
 */
export function readShopConfig(env: Env): ShopServerConfig {
  const port = readInt(env, 'SHOP_PORT', 4020, { min: 0, max: 65535 });
  const gatewayPort = readInt(env, 'GATEWAY_PORT', 4000, { min: 0, max: 65535 });
  return {
    port,
    host: readString(env, 'SHOP_HOST', '127.0.0.1'),
    publicUrl: readUrl(env, 'SHOP_PUBLIC_URL', `http://localhost:${port}`).replace(/\/$/, ''),
    gatewayUrl: readUrl(env, 'SHOP_GATEWAY_URL', `${readUrl(env, 'PUBLIC_URL', `http://localhost:${gatewayPort}`).replace(/\/$/, '')}/graphql`),
  };
}
