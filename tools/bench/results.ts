import type { ScenarioName } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { SystemName } from './systems/systemNames';

/** One system on one scenario, warm or cold: the figures of latest.json (latencies in ms). */
export interface Figures {
  rps: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number | null;
  secutixCallsPerRequest: number | null;
  rssMb: number | null;
  /** CPU time of the process answering the load (user + system) per request: steadier than rps on a shared machine */
  cpuMsPerRequest?: number | null;
  // beyond the required keys
  requests?: number;
  secutixCallsPerMinute?: number;
  /** SecuTix calls of the window by `Service.operation` (509s included) */
  secutixCalls?: Record<string, number>;
  rejectedBySecutix?: number;
  /** RSS of the subgraphs process behind the front process */
  rssMbSubgraphs?: number;
  /** CPU time of that subgraphs process per request: the page's cost that every gateway over our subgraphs pays alike */
  subgraphsCpuMsPerRequest?: number | null;
  firstError?: string;
  /** with `--rounds`: rps of each of the system's windows, in order (rps and CPU are the median window's; p50, p95 and p99 are over every request of all of them) */
  roundsRps?: number[];
  /** with `--rounds`: each window's own p99, in order */
  roundsP99?: number[];
  /** with `--rounds`: the window of the one-system-at-a-time pass, after `warmupSeconds` of load on fresh processes (how the floors of 2026-11-25 were measured) */
  shortWarmUp?: Pick<Figures, 'rps' | 'p99' | 'errors' | 'requests' | 'firstError'>;
  /** the system could not be measured (e.g. a peer that did not start): why */
  error?: string;
}

export type ScenarioFigures = Partial<Record<'warm' | 'cold', Partial<Record<SystemName, Figures>>>>;

export interface CatalogRefresh {
  products: number;
  /** time to ready: from the processes answering /health to the gateway's /ready (the catalog snapshot loaded and indexed, SecuTix's answer time included) */
  ms: number;
  rssMbBefore: number | null;
  rssMbAfter: number | null;
  secutixCalls: Record<string, number>;
}

export interface LoadLevel {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p99: number;
  secutixCalls: number;
  secutixCallsPerMinute: number;
}

export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface BenchResults {
  machine: Record<string, unknown>;
  settings: BenchSettings & Record<string, unknown>;
  scenarios: Partial<Record<ScenarioName, ScenarioFigures>>;
  scale?: Record<string, { products: number; scenarios: Partial<Record<ScenarioName, Figures>> }>;
  catalogRefresh?: CatalogRefresh[];
  loadIndependence?: { scenario: ScenarioName; system: SystemName; levels: LoadLevel[]; secutixLimits: Record<string, string> };
  targets?: TargetCheck[];
}

export const errorFigures = (error: string): Figures => ({ rps: null, p50: null, p95: null, p99: null, errors: null, secutixCallsPerRequest: null, rssMb: null, error });
