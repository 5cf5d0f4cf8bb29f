import type { SimulatorOptions } from '@stx/secutix-sim';
import type { SubgraphName } from '@stx/subgraphs';
import type { SimControl } from '../simControl';

export type { SubgraphName };

export interface StackOptions {
  transport?: 'soap' | 'json';
  /**
   * a real Redis; without it each subgraph has its own in-memory cache, and one in-memory
   * coordination store (sessions, idempotency, login counters) is shared by every app, as in `npm start`
   */
  redisUrl?: string;
  /** the simulator's options (its clock excepted: the stack may run in another process) */
  sim?: Partial<Omit<SimulatorOptions, 'now'>>;
  /** an already running simulator to share (it is then left running on close) */
  simulator?: { url: string };
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

/** one more server of a stack (a gateway with its own configuration) */
export interface ExtraServer {
  url: string;
  close(): Promise<void>;
}

export interface Stack {
  gatewayUrl: string;
  /** the gateway's Prometheus endpoint, on its metrics port (GATEWAY_METRICS_PORT) */
  gatewayMetricsUrl?: string;
  /** the simulator's control API (its `url` is the simulator's) */
  sim: SimControl;
  subgraphUrls: Record<SubgraphName, string>;
  /** the secrets this stack was started with, for tests that forge or sign on purpose */
  secrets: { tokenSecret: string; identitySecret: string };
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: string | { url?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** stops one subgraph's server (its port then refuses connections), to test partial failure */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** one more gateway over this stack's subgraphs and secrets, with its own configuration (closed with the stack at the latest) */
  startGateway(env: Record<string, string>): Promise<ExtraServer>;
  /**
   * the CPU time (ms) used so far by the process running this stack's servers (the worker's stack
   * host, which serves one test file at a time, or this process): its growth over a request bounds
   * what the servers spent on it, however loaded the machine is
   */
  serversCpuMs(): Promise<number>;
  close(): Promise<void>;
}

/** A GraphQL request over real HTTP, as a client sends it; the answer with its status. */
export async function postGraphQL(defaultUrl: string, query: string, variables?: Record<string, unknown>, options?: string | { url?: string; headers?: Record<string, string> }): Promise<GraphQLResponse> {
  const { url = defaultUrl, headers = {} } = typeof options === 'string' ? { url: options } : options ?? {};
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as GraphQLResponse;
  return { ...body, status: res.status };
}
