import { SimControl } from '../simControl';
import type { StackDescription } from './stackHostServer';
import { postGraphQL, type ExtraServer, type Stack, type StackOptions } from './Stack';
import { hostFiles, STACK_HOSTS_DIR, tail, workerStackHost } from './workerStackHost';

/**
 * The whole product on loopback ports (simulator, every subgraph of the registry, the gateway),
 * started in this Jest worker's stack host: a Node process that has the product loaded already,
 * so a test file pays for starting servers only. Tests reach it as clients do, over real HTTP;
 * the stack is the one `startInProcessStack` builds, which is what the host runs.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const host = await workerStackHost();
  const call = (path: string, body: unknown = {}) => callHost(host, path, body);
  // a simulator given to share is named by its address: the host reaches it over HTTP
  const sent: StackOptions = { ...options, simulator: options.simulator && { url: options.simulator.url } };
  const started = (await call('/stacks', { options: sent, owner: testFile() })) as StackDescription;
  return {
    gatewayUrl: started.gatewayUrl,
    gatewayMetricsUrl: started.gatewayMetricsUrl,
    sim: new SimControl(started.simulatorUrl),
    subgraphUrls: started.subgraphUrls,
    secrets: started.secrets,
    query: (query, variables, queryOptions) => postGraphQL(started.gatewayUrl, query, variables, queryOptions),
    async stopSubgraph(name) {
      await call(`/stacks/${started.id}/stop-subgraph`, { name });
    },
    async startGateway(env): Promise<ExtraServer> {
      const gateway = (await call(`/stacks/${started.id}/gateways`, { env })) as { id: string; url: string };
      return { url: gateway.url, close: async () => void (await call(`/gateways/${gateway.id}/close`)) };
    },
    serversCpuMs: async () => ((await call('/cpu')) as { ms: number }).ms,
    async close() {
      await call(`/stacks/${started.id}/close`);
    },
  };
}

/**
 * How long a call to the stack host may take: under Jest's 60 s for a hook, so that a start that
 * hangs fails with the host's log rather than as a bare hook timeout (which once said nothing of why)
 */
const HOST_CALL_MS = 50_000;

/** a call to the stack host's API; its failure thrown here with the host's stack trace */
export async function callHost(host: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${host}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(HOST_CALL_MS) }).catch((err: Error) => {
    throw new Error(`the stack host did not answer ${path} (${err.name === 'TimeoutError' ? `within ${HOST_CALL_MS / 1000} s` : err.message}); its log: ${hostLog()}`);
  });
  const answer = (await res.json()) as { message?: string; stack?: string };
  if (res.ok) return answer;
  // the host's error, with its stack trace from the host's process, as if thrown here
  const err = new Error(`${answer.message}\n(in the stack host; its log: ${hostLog()})`);
  err.stack = `${err.message}\n${answer.stack ?? ''}`;
  throw err;
}

function hostLog(): string {
  const dir = process.env[STACK_HOSTS_DIR];
  if (!dir) return '(none)';
  const { log } = hostFiles(dir, process.env.JEST_WORKER_ID ?? '1');
  return `${log}\n${tail(log, 20)}`;
}

/** the test file asking (Jest's expect knows it), so that the host can close what an earlier file left open */
export function testFile(): string {
  const jestExpect = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect;
  return jestExpect?.getState?.().testPath ?? `process ${process.pid}`;
}
