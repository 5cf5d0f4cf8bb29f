import { readFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ConfigError, readInt, readOptional, readRedisUrl, readSecret, readString, readUrl, type Env } from '@stx/env';
import { readOperationLimits, type OperationLimits as SharedLimits } from '@stx/operation-limits';
import { readSubgraphBodyBytes } from '@stx/secutix-runtime';
import { readSubgraphUrl } from '@stx/host';
import { contactCookieName } from '@stx/secutix-contract';
import { readTrustProxy, type TrustProxy } from '@stx/identity';
import type { CookieKeys } from './identity/contactCookie';
import type { SamlConfig } from './identity/samlRoutes';
import { readCorsOrigins, type CorsOrigins } from '@stx/host';
import { readSupergraphSubgraphs } from './supergraph';
import { readPersistedConfig, type PersistedConfig } from './persisted/persistedConfig';

export interface GatewayConfig {
  port: number;
  host: string;
  /**
   * GATEWAY_METRICS_PORT: Prometheus' /metrics on a port of its own (same host), which the
   * public listener never answers: off when unset. 0 picks a free port (tests).
   */
  metricsPort?: number;
  /** subgraph name -> URL, for every subgraph of the supergraph; each defaults to the loopback at its `<NAME>_PORT` */
  subgraphUrls: Record<string, string>;
  limits: OperationLimits;
  /** the subgraphs' `SUBGRAPH_MAX_BODY_BYTES`: no `_entities` request of the gateway is larger */
  subgraphMaxBodyBytes: number;
  /**
   * whole answers shared by the gateway, CDNs and browsers for as long as the subgraphs' cache
   * hints allow (apps/gateway/src/cachePolicy), never longer than `maxSeconds`
   */
  responseCache: { maxSeconds: number; maxEntries: number; maxBytes: number };
  /** Apollo's automatic persisted queries and the trusted documents */
  persisted: PersistedConfig;
  /** parsed and validated documents, keyed by the query text clients send: bounded by memory */
  documentCache: { maxBytes: number };
  /** verifies access tokens issued by the contacts subgraph */
  tokenSecret: string;
  /** signs the identity header sent to every subgraph */
  identitySecret: string;
  /** SAML single sign-on with SecuTix as IdP; off unless SAML_IDP_SSO_URL is set */
  saml?: SamlConfig;
  /** decrypts SecuTix's contact cookie; off unless STX_COOKIE_PRIVATE_KEY is set */
  cookieKeys?: CookieKeys;
  contactCookieName: string;
  /** how long SecuTix's contact cookie is accepted from its first sight (SESSION_SECONDS, as the SSO session) */
  contactCookieSeconds: number;
  /** browser origins allowed to call with credentials (CORS_ORIGINS) */
  corsOrigins: CorsOrigins;
  /** which proxies in front of the gateway may tell the client's address (X-Forwarded-For) */
  trustProxy: TrustProxy;
  /** the coordination store shared with the contacts subgraph (session revocations); memory when unset */
  redisUrl?: string;
  /** the subgraphs' key namespace (CACHE_NAMESPACE), so both sides read the same session state */
  storeNamespace: string;
}

/** depth, aliases, fields, cost, tokens, list sizes, introspection: see packages/operation-limits */
export interface OperationLimits extends SharedLimits {
  maxBodyBytes: number;
}

const MB = 1024 * 1024;

export function readGatewayConfig(env: Env): GatewayConfig {
  const corsOrigins = readCorsOrigins(env);
  return {
    corsOrigins,
    port: readInt(env, 'GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
    host: readString(env, 'GATEWAY_HOST', '127.0.0.1'),
    metricsPort: readOptional(env, 'GATEWAY_METRICS_PORT') === undefined ? undefined : readInt(env, 'GATEWAY_METRICS_PORT', 0, { min: 0, max: 65535 }),
    subgraphUrls: Object.fromEntries(readSupergraphSubgraphs().map((subgraph) => [subgraph.name, readSubgraphUrl(env, subgraph)])),
    tokenSecret: readSecret(env, 'AUTH_TOKEN_SECRET'),
    saml: readSaml(env, corsOrigins),
    cookieKeys: readCookieKeys(env),
    contactCookieSeconds: readSessionSeconds(env),
    contactCookieName: contactCookieName(readString(env, 'SECUTIX_INSTITUTION', 'DEMO'), readString(env, 'SALES_CHANNEL_CODE', 'INTERNET')),
    identitySecret: readSecret(env, 'IDENTITY_SECRET'),
    trustProxy: readTrustProxy(env),
    redisUrl: readRedisUrl(env),
    storeNamespace: readString(env, 'CACHE_NAMESPACE', `stx:${readString(env, 'SECUTIX_INSTITUTION', 'DEMO')}`),
    responseCache: {
      maxSeconds: readInt(env, 'GATEWAY_RESPONSE_CACHE_SECONDS', 300, { min: 0, max: 86_400 }),
      maxEntries: readInt(env, 'GATEWAY_RESPONSE_CACHE_ENTRIES', 2000, { min: 1 }),
      maxBytes: readInt(env, 'GATEWAY_RESPONSE_CACHE_MB', 32, { min: 1, max: 4096 }) * MB,
    },
    persisted: readPersistedConfig(env),
    // the README's pages hold 20-30 KB each once parsed: 16 MB keeps hundreds of them
    documentCache: { maxBytes: readInt(env, 'GATEWAY_DOCUMENT_CACHE_MB', 16, { min: 1, max: 4096 }) * MB },
    subgraphMaxBodyBytes: readSubgraphBodyBytes(env),
    limits: {
      // the README's home page with first: 50 costs about 1,100 and its product page about 1,400
      ...readOperationLimits(env, 'GATEWAY', { maxDepth: 10, maxAliases: 30, maxFields: 300, maxCost: 10_000, maxTokens: 3000 }),
      maxBodyBytes: readInt(env, 'GATEWAY_MAX_BODY_BYTES', 64_000, { min: 1000 }),
    },
  };
}

function readPem(env: Env, name: string): string {
  const path = readString(env, name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(name, `must be the path of a readable PEM file, got "${path}"`);
  }
}

function readSaml(env: Env, corsOrigins: CorsOrigins): SamlConfig | undefined {
  const idpSsoUrl = readOptional(env, 'SAML_IDP_SSO_URL');
  if (!idpSsoUrl) return undefined;
  return {
    idpSsoUrl: readUrl(env, 'SAML_IDP_SSO_URL'),
    idpCertPem: readPem(env, 'SAML_IDP_CERT'),
    spEntityId: readString(env, 'SAML_SP_ENTITY_ID', 'secutix-graph'),
    publicUrl: readUrl(env, 'PUBLIC_URL', `http://localhost:${readInt(env, 'GATEWAY_PORT', 4000)}`).replace(/\/$/, ''),
    sessionSeconds: readSessionSeconds(env),
    // a website trusted with credentials may send its visitors to sign on and get them back
    returnOrigins: (origin) => corsOrigins.allows(origin),
  };
}

/** how long a browser stays signed on: the SSO session cookie, and SecuTix's contact cookie from its first sight */
function readSessionSeconds(env: Env): number {
  return readInt(env, 'SESSION_SECONDS', 8 * 3600, { min: 60 });
}

function readCookieKeys(env: Env): CookieKeys | undefined {
  if (!readOptional(env, 'STX_COOKIE_PRIVATE_KEY')) return undefined;
  try {
    return {
      websitePrivateKey: createPrivateKey(readPem(env, 'STX_COOKIE_PRIVATE_KEY')),
      secutixCert: createPublicKey(readPem(env, readOptional(env, 'STX_COOKIE_SECUTIX_CERT') ? 'STX_COOKIE_SECUTIX_CERT' : 'SAML_IDP_CERT')),
    };
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError('STX_COOKIE_PRIVATE_KEY', 'or its certificate is not a valid key');
  }
}
