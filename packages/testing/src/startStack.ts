import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from './freePort';
import { freshDatabase } from './freshDatabase';
import { startSimulator, type Simulator, type SimulatorOptions } from '@stx/secutix-sim';
import { createCoordinationStore } from '@stx/cache';
import { createSecutixRuntime, silentLogger, type BackendConfig, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import { readCatalogConfig } from '../../../apps/catalog/src/config';
import { startCatalogSubgraph } from '../../../apps/catalog/src/server';
import { readAvailabilityConfig } from '../../../apps/availability/src/config';
import { startAvailabilitySubgraph } from '../../../apps/availability/src/server';
import { readGatewayConfig } from '../../../apps/gateway/src/config';
import { readContactsConfig } from '../../../apps/contacts/src/config';
import { startContactsSubgraph } from '../../../apps/contacts/src/server';
import { readSalesConfig } from '../../../apps/sales/src/config';
import { startSalesSubgraph } from '../../../apps/sales/src/server';
import { readShipmentConfig } from '../../../apps/shipment/src/config';
import { startShipmentSubgraph } from '../../../apps/shipment/src/server';
import { readTicketsConfig } from '../../../apps/tickets/src/config';
import { startTicketsSubgraph } from '../../../apps/tickets/src/server';
import { startGateway } from '../../../apps/gateway/src/server';
import { readDistributionConfig } from '../../../apps/distribution/src/config';
import { startDistributionSubgraph } from '../../../apps/distribution/src/server';
import { SimControl } from './simControl';

export interface StackOptions {
  transport?: 'soap' | 'json';
  /**
   * a real Redis; without it each subgraph has its own in-memory cache, and one in-memory
   * coordination store (sessions, idempotency, login counters) is shared by every app, as in `npm start`
   */
  redisUrl?: string;
  sim?: Partial<SimulatorOptions>;
  /** an already running simulator to share (it is then left running on close) */
  simulator?: Simulator;
  /** SAML single sign-on and SecuTix contact cookies, with the simulator as IdP and its demo keys */
  sso?: boolean;
  /** extra environment for the subgraphs and gateway, e.g. AVAILABILITY_SYNC_SECONDS */
  env?: Record<string, string>;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Stack {
  gatewayUrl: string;
  sim: SimControl;
  simulator: Simulator;
  subgraphUrls: { catalog: string; availability: string; contacts: string; sales: string; shipment: string; tickets: string; distribution: string };
  /** the secrets this stack was started with, for tests that forge or sign on purpose */
  secrets: { tokenSecret: string; identitySecret: string };
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: string | { url?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The whole product on loopback ports: simulator, both subgraphs (each with its own runtime, as
 * separate deployments would be, sharing only Redis), and the gateway. Every port is random.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const simulator = options.simulator ?? (await startSimulator({ port: 0, latency: 'none', ...options.sim }));
  const env: Record<string, string> = {
    SECUTIX_BASE_URL: simulator.url,
    SECUTIX_TRANSPORT: options.transport ?? 'soap',
    SECUTIX_READ_ATTEMPTS: '1',
    CACHE_NAMESPACE: `test:${randomUUID()}`,
    CATALOG_PORT: '0',
    AVAILABILITY_PORT: '0',
    CONTACTS_PORT: '0',
    SALES_PORT: '0',
    SHIPMENT_PORT: '0',
    AUTH_TOKEN_SECRET: `test-token-secret-${randomUUID()}`,
    IDENTITY_SECRET: `test-identity-secret-${randomUUID()}`,
    GATEWAY_PORT: '0',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(options.sso ? await ssoEnv(simulator.url) : {}),
    ...options.env,
  };
  const servers: Pick<Served, 'close'>[] = [];
  const coordination = options.redisUrl ? undefined : createCoordinationStore({ namespace: env.CACHE_NAMESPACE });
  const runtimes: SecutixRuntime[] = [];
  /** with Redis each subgraph makes its own runtime; without, each gets one over the shared coordination store */
  const runtimeFor = (backend: BackendConfig) => {
    if (!coordination) return undefined;
    const runtime = createSecutixRuntime(backend, silentLogger, { coordination });
    runtimes.push(runtime);
    return runtime;
  };
  const catalogConfig = readCatalogConfig(env);
  const availabilityConfig = readAvailabilityConfig(env);
  const catalog = await startCatalogSubgraph(catalogConfig, silentLogger, runtimeFor(catalogConfig.backend));
  servers.push(catalog);
  const availability = await startAvailabilitySubgraph(availabilityConfig, silentLogger, runtimeFor(availabilityConfig.backend));
  servers.push(availability);
  const contactsConfig = readContactsConfig(env);
  const contacts = await startContactsSubgraph(contactsConfig, silentLogger, runtimeFor(contactsConfig.backend));
  servers.push(contacts);
  const salesConfig = readSalesConfig(env);
  const sales = await startSalesSubgraph(salesConfig, silentLogger, runtimeFor(salesConfig.backend));
  servers.push(sales);
  const shipmentConfig = readShipmentConfig(env);
  const shipment = await startShipmentSubgraph(shipmentConfig, silentLogger, runtimeFor(shipmentConfig.backend));
  servers.push(shipment);
  // the tickets subgraph's download links carry its public URL, so its port is chosen first
  const ticketsPort = await freePort();
  const ticketsConfig = readTicketsConfig({ ...env, TICKETS_PORT: String(ticketsPort), TICKETS_PUBLIC_URL: `http://127.0.0.1:${ticketsPort}` });
  const tickets = await startTicketsSubgraph(ticketsConfig, silentLogger, runtimeFor(ticketsConfig.backend));
  servers.push(tickets);
  // tests run on the real PostgreSQL: a fresh database per stack unless the test gives DATABASE_URL
  const database = env.DATABASE_URL ? undefined : await freshDatabase();
  const distribution = await startDistributionSubgraph(readDistributionConfig({ DISTRIBUTION_PORT: '0', DISTRIBUTION_DEMO_PARTNERS: 'on', ...(database ? { DATABASE_URL: database.url } : {}), ...env }), silentLogger);
  if (database) servers.push({ close: () => database.drop() }); // closed after the subgraph (reverse order)
  servers.push(distribution);
  const gateway = await startGateway(
    readGatewayConfig({ ...env, CATALOG_URL: catalog.url, AVAILABILITY_URL: availability.url, CONTACTS_URL: contacts.url, SALES_URL: sales.url, SHIPMENT_URL: shipment.url, TICKETS_URL: tickets.url, DISTRIBUTION_URL: distribution.url }),
    silentLogger,
    { coordination },
  );
  servers.push(gateway);

  return {
    gatewayUrl: gateway.url,
    sim: new SimControl(simulator.url),
    simulator,
    subgraphUrls: { catalog: catalog.url, availability: availability.url, contacts: contacts.url, sales: sales.url, shipment: shipment.url, tickets: tickets.url, distribution: distribution.url },
    secrets: { tokenSecret: env.AUTH_TOKEN_SECRET, identitySecret: env.IDENTITY_SECRET },
    async query(query, variables, options) {
      const { url = gateway.url, headers = {} } = typeof options === 'string' ? { url: options } : options ?? {};
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status };
    },
    async close() {
      for (const s of servers.reverse()) await s.close();
      for (const runtime of runtimes) await runtime.close();
      await coordination?.close();
      if (!options.simulator) await simulator.close();
    },
  };
}

/** The gateway needs its public URL before it listens (for the SAML consumer URL): pick the port first. */
async function ssoEnv(simUrl: string): Promise<Record<string, string>> {
  const port = await freePort();
  const keys = join(__dirname, '..', '..', '..', 'apps', 'secutix-sim', 'demo-keys');
  return {
    GATEWAY_PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    SAML_IDP_SSO_URL: `${simUrl}/idp/sso`,
    SAML_IDP_CERT: join(keys, 'idp.crt'),
    STX_COOKIE_PRIVATE_KEY: join(keys, 'website.key'),
  };
}
