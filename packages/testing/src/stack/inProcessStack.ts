import { freePort } from '../freePort';
import { freshDatabase } from '../freshDatabase';
import { DEMO_KEY_FILES, DEMO_WEBSITE_PRIVATE_KEY_FILE, SimControl, startSimulator } from '@stx/secutix-sim';
import { urlVariable, type Served } from '@stx/host';
import { silentLogger } from '@stx/observability';
import { readGatewayConfig, startGateway } from '@stx/gateway';
import { subgraphs, type SubgraphName } from '@stx/subgraphs';
import { hostSubgraphs } from './hostSubgraphs';
import { subgraphEnv } from './subgraphEnv';
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
  // tests run on the real PostgreSQL: a fresh database per stack (for the subgraphs that keep state) unless the test gives DATABASE_URL
  const database = options.env?.DATABASE_URL || !subgraphs.some((s) => s.database) ? undefined : await databases.take();
  const env: Record<string, string> = {
    ...subgraphEnv({ simulator, transport: options.transport, redisUrl: options.redisUrl, databaseUrl: database?.url }),
    GATEWAY_PORT: '0',
    GATEWAY_METRICS_PORT: '0',
    // a test plays many buyers with a few accounts, all from 127.0.0.1: one caller's share of the
    // SecuTix calls is the whole budget unless the test is about that share (e2e/budgets)
    SECUTIX_CALLS_PER_CALLER_PER_MINUTE: options.env?.SECUTIX_CALLS_PER_MINUTE ?? '150',
    ...(options.sso ? await ssoEnv(simulator.url) : {}),
    ...options.env,
  };
  // download links point at the gateway, which forwards them to the tickets subgraph: its port is chosen first
  if (env.GATEWAY_PORT === '0') env.GATEWAY_PORT = String(await freePort());
  env.TICKETS_PORT = '0';
  env.TICKETS_PUBLIC_URL = env.PUBLIC_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT}`;
  const hosted = await hostSubgraphs(subgraphs, env).catch(async (err) => {
    await database?.drop();
    throw err;
  });
  const started = hosted.served as Record<SubgraphName, Served>;
  const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, started[s.name].url])) as Record<SubgraphName, string>;
  const subgraphUrlEnv = Object.fromEntries(subgraphs.map((s) => [urlVariable(s.name), subgraphUrls[s.name]]));
  // the gateway and any extra one, closed before the subgraphs (reverse order)
  const servers: Pick<Served, 'close'>[] = [];
  const gateway = await startGateway(readGatewayConfig({ ...env, ...subgraphUrlEnv }), silentLogger, { coordination: hosted.coordination });
  servers.push(gateway);
  const stopped = new Set<Pick<Served, 'close'>>();

  return {
    gatewayUrl: gateway.url,
    gatewayMetricsUrl: gateway.metricsUrl,
    sim: new SimControl(simulator.url),
    subgraphUrls,
    secrets: { tokenSecret: env.AUTH_TOKEN_SECRET, identitySecret: env.IDENTITY_SECRET },
    query: (query, variables, queryOptions) => postGraphQL(gateway.url, query, variables, queryOptions),
    async startGateway(extraEnv): Promise<ExtraServer> {
      const secrets = { AUTH_TOKEN_SECRET: env.AUTH_TOKEN_SECRET, IDENTITY_SECRET: env.IDENTITY_SECRET };
      // the stack's coordination store too, as replicas share one: sessions, sign-ons in flight
      const store = { CACHE_NAMESPACE: env.CACHE_NAMESPACE, ...(env.REDIS_URL ? { REDIS_URL: env.REDIS_URL } : {}) };
      const extra = await startGateway(readGatewayConfig({ ...subgraphUrlEnv, ...secrets, ...store, GATEWAY_PORT: '0', ...extraEnv }), silentLogger, { coordination: hosted.coordination });
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
      await started[name].close();
    },
    serversCpuMs: async () => processCpuMs(),
    async close() {
      for (const s of servers.reverse()) if (!stopped.has(s)) await s.close();
      await hosted.close();
      await database?.drop();
      await ownSimulator?.close();
    },
  };
}

/** this process's CPU time so far, user and system, in ms */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
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
