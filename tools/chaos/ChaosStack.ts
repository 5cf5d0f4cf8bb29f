import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { backendEnv } from '@stx/secutix-runtime';
import { DEMO_CREDENTIALS } from '@stx/secutix-sim';
import { freePort, SimControl, startRedisServer, type RedisHandle } from '@stx/testing';
import type { ChildService } from '../processes/ChildService';
import { collectGarbage } from '../processes/collectGarbage';
import { startAppProcess, SUBGRAPH_APPS, type App } from '../processes/startAppProcess';
import type { ChaosSettings } from './settings';

/** the suite's Redis keeps its data on disk, as production's must (idempotency keys, the sessions' state) */
let redisData: string | undefined;
const REDIS_DATA = () => (redisData ??= mkdtempSync(join(tmpdir(), 'stx-chaos-redis-')));

/**
 * The product as production runs it, on loopback: the simulator, each subgraph and the gateway in
 * a process of its own, sharing one redis-server that this stack starts on a free port (never the
 * machine's 6379) and can kill and bring back on the same port, empty, as a restarted Redis is.
 */
export class ChaosStack {
  readonly sim: SimControl;
  private readonly processes = new Map<App, ChildService>();

  private constructor(
    private readonly ports: Record<App, number>,
    private readonly env: Record<string, string | undefined>,
    private redis: RedisHandle | undefined,
    private readonly redisPort: number,
    /** where the gateway's inspector opens when a measurement collects its garbage */
    private readonly gatewayInspectPort: number,
  ) {
    this.sim = new SimControl(this.url('secutix-sim'));
  }

  static async start(settings: ChaosSettings, log: (line: string) => void): Promise<ChaosStack> {
    const apps: App[] = ['secutix-sim', ...SUBGRAPH_APPS, 'gateway'];
    const ports = Object.fromEntries(await Promise.all(apps.map(async (app) => [app, await freePort()] as const))) as Record<App, number>;
    const redisPort = await freePort();
    const gatewayInspectPort = await freePort();
    const gatewayMetricsPort = await freePort();
    const redis = await startRedisServer({ port: redisPort, dataDir: REDIS_DATA() });
    const url = (app: App) => `http://127.0.0.1:${ports[app]}`;
    // only what is needed: no inherited REDIS_URL, DATABASE_URL or *_PORT can leak in
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      SIM_LATENCY: 'realistic',
      SIM_RATE_LIMITS: 'on',
      // the simulator's container runs with the demo institution
      ...backendEnv({ url: url('secutix-sim'), ...DEMO_CREDENTIALS }),
      REDIS_URL: redis.url,
      CACHE_NAMESPACE: `chaos:${randomUUID()}`,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      IDENTITY_SECRET: randomBytes(32).toString('base64url'),
      // Prometheus' port of the gateway, as production runs it apart from the public one
      GATEWAY_METRICS_PORT: String(gatewayMetricsPort),
      TICKETS_PUBLIC_URL: url('tickets'),
      ...Object.fromEntries(SUBGRAPH_APPS.map((app) => [`${app.toUpperCase()}_URL`, `${url(app)}/graphql`])),
      // every read reaches the subgraphs: a whole-answer cache in the gateway would hide what they do
      GATEWAY_RESPONSE_CACHE_SECONDS: '0',
      // the client address comes from the proxy in front (the login scenario's X-Forwarded-For)
      TRUST_PROXY: '1',
      // background checks compressed from a minute so an outage of a few minutes shows their rate
      CATALOG_SETUP_CHECK_SECONDS: String(settings.backgroundCheckSeconds),
      AVAILABILITY_SYNC_SECONDS: String(settings.backgroundCheckSeconds),
    };
    const stack = new ChaosStack(ports, env, redis, redisPort, gatewayInspectPort);
    try {
      const started = Date.now();
      await stack.startApp('secutix-sim');
      await Promise.all(SUBGRAPH_APPS.map((app) => stack.startApp(app)));
      // the gateway is ready once every subgraph is
      await stack.startApp('gateway');
      log(`${apps.length} processes and redis-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } catch (err) {
      await stack.close();
      throw err;
    }
    return stack;
  }

  get gatewayUrl(): string {
    return `${this.url('gateway')}/graphql`;
  }

  url(app: App): string {
    return `http://127.0.0.1:${this.ports[app]}`;
  }

  /** the gateway's Prometheus endpoint (GATEWAY_METRICS_PORT) */
  gatewayMetricsUrl(): string {
    return `http://127.0.0.1:${this.env.GATEWAY_METRICS_PORT}/metrics`;
  }

  process(app: App): ChildService {
    const service = this.processes.get(app);
    if (!service) throw new Error(`${app} is not running`);
    return service;
  }

  /** apps whose process ended without being asked to, with how */
  crashed(): string[] {
    return [...this.processes.entries()].filter(([, s]) => !s.alive).map(([app, s]) => `${app} (${s.exit}: ${s.lastOutput({ fromError: true })})`);
  }

  async startApp(app: App): Promise<ChildService> {
    // `--inspect-port` only says where the inspector would open (collectGarbage): nothing else changes
    const nodeArgs = app === 'gateway' ? [`--inspect-port=127.0.0.1:${this.gatewayInspectPort}`] : [];
    const service = await startAppProcess({ app, port: this.ports[app], env: this.env, nodeArgs });
    this.processes.set(app, service);
    return service;
  }

  /** a full garbage collection in the gateway, so its memory is measured without the garbage a load left */
  async collectGatewayGarbage(): Promise<void> {
    await collectGarbage(this.process('gateway').pid, this.gatewayInspectPort);
  }

  /** SIGKILL, as a crash or an OOM kill: no drain */
  async killApp(app: App): Promise<void> {
    await this.process(app).kill();
    this.processes.delete(app);
  }

  async killRedis(): Promise<void> {
    await this.redis?.stop();
    this.redis = undefined;
  }

  /** on the same port, with its data (AOF), as production's Redis comes back (see the README's Redis runbook) */
  async restartRedis(): Promise<void> {
    this.redis = await startRedisServer({ port: this.redisPort, dataDir: REDIS_DATA() });
  }

  async close(): Promise<void> {
    const order: App[] = ['gateway', ...SUBGRAPH_APPS, 'secutix-sim'];
    for (const app of order) await this.processes.get(app)?.stop().catch(() => undefined);
    this.processes.clear();
    await this.killRedis();
  }
}
