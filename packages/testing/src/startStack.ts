import { randomUUID } from 'node:crypto';
import { freePort } from './freePort';
import { freshDatabase } from './freshDatabase';
import { DEMO_KEY_FILES, DEMO_WEBSITE_PRIVATE_KEY_FILE, SimControl, startSimulator, type Simulator, type SimulatorOptions } from '@stx/secutix-sim';
import { createCoordinationStore } from '@stx/cache';
import { createSecutixRuntime, type BackendConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import { hostSubgraph, portVariable, readSubgraphConfig, urlVariable, type Served } from '@stx/host';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig, startGateway } from '@stx/gateway';
import { subgraphs, type SubgraphName } from '@stx/subgraphs';

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

export type { SubgraphName };

export interface Stack {
  gatewayUrl: string;
  sim: SimControl;
  simulator: Simulator;
  subgraphUrls: Record<SubgraphName, string>;
  /** the secrets this stack was started with, for tests that forge or sign on purpose */
  secrets: { tokenSecret: string; identitySecret: string };
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: string | { url?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** stops one subgraph's server (its port then refuses connections), to test partial failure */
  stopSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole product on loopback ports: simulator, every subgraph of the registry (each with its
 * own runtime, as separate deployments would be, sharing only Redis), and the gateway. Every port
 * is random.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const simulator = options.simulator ?? (await startSimulator({ port: 0, latency: 'none', ...options.sim }));
  // tests run on the real PostgreSQL: a fresh database per stack unless the test gives DATABASE_URL
  const database = options.env?.DATABASE_URL ? undefined : await freshDatabase();
  const env: Record<string, string> = {
    SECUTIX_BASE_URL: simulator.url,
    SECUTIX_TRANSPORT: options.transport ?? 'soap',
    SECUTIX_READ_ATTEMPTS: '1',
    CACHE_NAMESPACE: `test:${randomUUID()}`,
    ...Object.fromEntries(subgraphs.map((s) => [portVariable(s.name), '0'])),
    DISTRIBUTION_DEMO_PARTNERS: 'on',
    ...(database ? { DATABASE_URL: database.url } : {}),
    AUTH_TOKEN_SECRET: `test-token-secret-${randomUUID()}`,
    IDENTITY_SECRET: `test-identity-secret-${randomUUID()}`,
    GATEWAY_PORT: '0',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(options.sso ? await ssoEnv(simulator.url) : {}),
    ...options.env,
  };
  // download links point at the gateway, which forwards them to the tickets subgraph: its port is chosen first
  if (env.GATEWAY_PORT === '0') env.GATEWAY_PORT = String(await freePort());
  env.TICKETS_PORT = '0';
  env.TICKETS_PUBLIC_URL = env.PUBLIC_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT}`;
  const servers: Pick<Served, 'close'>[] = [];
  if (database) servers.push({ close: () => database.drop() }); // closed last (reverse order)
  const coordination = options.redisUrl ? undefined : createCoordinationStore({ namespace: env.CACHE_NAMESPACE });
  const runtimes: SecutixRuntime[] = [];
  /** with Redis each subgraph makes its own runtime; without, each gets one over the shared coordination store */
  const runtimeFor = (backend: BackendConfig) => {
    if (!coordination) return undefined;
    const runtime = createSecutixRuntime(backend, silentLogger, { coordination });
    runtimes.push(runtime);
    return runtime;
  };
  const started = {} as Record<SubgraphName, Served>;
  for (const definition of subgraphs) {
    const config = readSubgraphConfig(definition, env);
    // a subgraph with a runtime of its own (distribution) is given none
    const subgraph = await hostSubgraph(definition, config, silentLogger, definition.ownBackend ? undefined : runtimeFor(config.backend));
    started[definition.name] = subgraph;
    servers.push(subgraph);
  }
  const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, started[s.name].url])) as Record<SubgraphName, string>;
  const gateway = await startGateway(
    readGatewayConfig({ ...env, ...Object.fromEntries(subgraphs.map((s) => [urlVariable(s.name), subgraphUrls[s.name]])) }),
    silentLogger,
    { coordination },
  );
  servers.push(gateway);
  const stopped = new Set<Pick<Served, 'close'>>();

  return {
    gatewayUrl: gateway.url,
    sim: new SimControl(simulator.url),
    simulator,
    subgraphUrls,
    secrets: { tokenSecret: env.AUTH_TOKEN_SECRET, identitySecret: env.IDENTITY_SECRET },
    async query(query, variables, options) {
      const { url = gateway.url, headers = {} } = typeof options === 'string' ? { url: options } : options ?? {};
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status };
    },
    async stopSubgraph(name) {
      const subgraph = started[name];
      if (stopped.has(subgraph)) return;
      stopped.add(subgraph);
      await subgraph.close();
    },
    async close() {
      for (const s of servers.reverse()) if (!stopped.has(s)) await s.close();
      for (const runtime of runtimes) await runtime.close();
      await coordination?.close();
      if (!options.simulator) await simulator.close();
    },
  };
}

/** The gateway needs its public URL before it listens (for the SAML consumer URL): pick the port first. */
async function ssoEnv(simUrl: string): Promise<Record<string, string>> {
  const port = await freePort();
  return {
    GATEWAY_PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    SAML_IDP_SSO_URL: `${simUrl}/idp/sso`,
    SAML_IDP_CERT: DEMO_KEY_FILES.idpCert,
    STX_COOKIE_PRIVATE_KEY: DEMO_WEBSITE_PRIVATE_KEY_FILE,
  };
}
