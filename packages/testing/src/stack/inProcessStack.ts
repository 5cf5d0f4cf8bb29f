import { randomUUID } from 'node:crypto';
import { freePort } from '../freePort';
import { freshDatabase } from '../freshDatabase';
import { DEMO_KEY_FILES, DEMO_WEBSITE_PRIVATE_KEY_FILE, SimControl, startSimulator } from '@stx/secutix-sim';
import { createCoordinationStore } from '@stx/cache';
import { createSecutixRuntime, type BackendConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import { hostSubgraph, portVariable, readSubgraphConfig, urlVariable, type Served } from '@stx/host';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig, startGateway } from '@stx/gateway';
import { subgraphs, type SubgraphName } from '@stx/subgraphs';
import { postGraphQL, type ExtraServer, type Stack, type StackOptions } from './Stack';

/**
 * The whole product on loopback ports in this process: simulator, every subgraph of the registry
 * (each with its own runtime, as separate deployments would be, sharing only Redis), and the
 * gateway. Every port is random. Tests call `startStack`, which runs this in their worker's stack
 * host; a test that must see inside the servers' process (the tracing test's in-memory exporter)
 * calls this one (through `startStackInThisProcess`). Its database comes from `databases` (the
 * host's spares), else is created here.
 */
export async function startInProcessStack(options: StackOptions = {}, databases: { take: typeof freshDatabase } = { take: freshDatabase }): Promise<Stack> {
  // a simulator of its own unless one is given to share (that one is left running on close)
  const ownSimulator = options.simulator ? undefined : await startSimulator({ port: 0, latency: 'none', ...options.sim });
  const simulator = options.simulator ?? ownSimulator!;
  // tests run on the real PostgreSQL: a fresh database per stack unless the test gives DATABASE_URL
  const database = options.env?.DATABASE_URL ? undefined : await databases.take();
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
  const subgraphUrlEnv = Object.fromEntries(subgraphs.map((s) => [urlVariable(s.name), subgraphUrls[s.name]]));
  const gateway = await startGateway(readGatewayConfig({ ...env, ...subgraphUrlEnv }), silentLogger, { coordination });
  servers.push(gateway);
  const stopped = new Set<Pick<Served, 'close'>>();

  return {
    gatewayUrl: gateway.url,
    sim: new SimControl(simulator.url),
    subgraphUrls,
    secrets: { tokenSecret: env.AUTH_TOKEN_SECRET, identitySecret: env.IDENTITY_SECRET },
    query: (query, variables, queryOptions) => postGraphQL(gateway.url, query, variables, queryOptions),
    async startGateway(extraEnv): Promise<ExtraServer> {
      const secrets = { AUTH_TOKEN_SECRET: env.AUTH_TOKEN_SECRET, IDENTITY_SECRET: env.IDENTITY_SECRET };
      const extra = await startGateway(readGatewayConfig({ ...subgraphUrlEnv, ...secrets, GATEWAY_PORT: '0', ...extraEnv }), silentLogger);
      servers.push(extra);
      return {
        url: extra.url,
        async close() {
          if (stopped.has(extra)) return;
          stopped.add(extra);
          await extra.close();
        },
      };
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
      await ownSimulator?.close();
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
