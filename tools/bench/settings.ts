import type { ScenarioName } from './scenarios/registry';
import type { SystemName } from './systems/systemNames';

/** Everything one benchmark run depends on; written into latest.json so a run can be reproduced. */
export interface BenchSettings {
  mode: 'quick' | 'full' | 'custom';
  scenarios: ScenarioName[];
  systems: SystemName[];
  /** concurrent connections of the load generator for the scenario runs */
  connections: number;
  /** requests measured from the very first one on fresh processes (a count: the first answers wait for the catalog) */
  coldRequests: number;
  /** load before a warm window of the one-system-at-a-time pass, the scale and the load runs */
  warmupSeconds: number;
  /** answers each system serves before its measured rounds (a JIT warms by executions), within `warmupLimitSeconds` */
  warmupRequests: number;
  warmupLimitSeconds: number;
  warmSeconds: number;
  /**
   * unmeasured load just before each of a system's windows in the rounds, `rewarmRequests`
   * answers within `rewarmLimitSeconds`: between its turns a system idles for a minute or more
   * while the others run and start, and a node process needs about a thousand answers to regain
   * its speed after that (the README's benchmark section), whichever engine it runs
   */
  rewarmRequests: number;
  rewarmLimitSeconds: number;
  /** warm windows per system, measured in turns with every system of a scenario running (1: one window, each system alone) */
  rounds: number;
  /** products of the simulator for the scenario runs (its SIM_PRODUCTS) */
  products: number;
  /** catalog sizes of the scale runs (ours only); empty skips them */
  scaleProducts: number[];
  scaleScenarios: ScenarioName[];
  scaleSeconds: number;
  /** connection counts of the load-independence runs (ours, home page); empty skips them */
  loadLevels: number[];
  loadSeconds: number;
  latencyProfile: 'realistic' | 'none';
  /**
   * node flags of the peer gateways: `default`, as their packages run them, or `production`, our
   * services' own (PRODUCTION_NODE_FLAGS), to compare engines on equal flags (`--peer-node-flags=production`)
   */
  peerNodeFlags: 'default' | 'production';
  /** where latest.json, latest.md and latest.svg go */
  outDir: string;
}

const ALL_SCENARIOS: ScenarioName[] = ['home', 'product', 'search', 'account'];
const ALL_SYSTEMS: SystemName[] = ['ours', 'ours-no-response-cache', 'naive', 'apollo-gateway', 'hive-gateway', 'hive-gateway-rust', 'direct'];

/**
 * `--quick` runs everything briefly (about 30 minutes on two cores); the default is the full set.
 * A quick window is 4 s: at 2 s an uncached product page was measured over about 200 requests,
 * and one background tick of a process (a GC, a timer's work) moved its figures by a third.
 */
export function readSettings(argv: string[], outDir: string): BenchSettings {
  const quick = argv.includes('--quick');
  const base: BenchSettings = {
    mode: quick ? 'quick' : 'full', scenarios: ALL_SCENARIOS, systems: ALL_SYSTEMS, connections: 10,
    coldRequests: quick ? 50 : 300, warmupSeconds: quick ? 0.5 : 5, warmupRequests: quick ? 5000 : 20_000, warmupLimitSeconds: quick ? 25 : 120, warmSeconds: quick ? 4 : 20, rewarmRequests: quick ? 1500 : 5000, rewarmLimitSeconds: quick ? 4 : 10, rounds: 5, products: 48,
    scaleProducts: quick ? [1000, 2000] : [1000, 20000], scaleScenarios: quick ? ['home'] : ALL_SCENARIOS, scaleSeconds: quick ? 2 : 15,
    loadLevels: [10, 100], loadSeconds: quick ? 2 : 60, latencyProfile: 'realistic', peerNodeFlags: 'default', outDir,
  };
  const only = (flag: string) => argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1).split(',');
  const scenarios = only('--scenarios') as ScenarioName[] | undefined;
  const systems = only('--systems') as SystemName[] | undefined;
  for (const s of scenarios ?? []) if (!ALL_SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}"; known: ${ALL_SCENARIOS.join(', ')}`);
  for (const s of systems ?? []) if (!ALL_SYSTEMS.includes(s)) throw new Error(`unknown system "${s}"; known: ${ALL_SYSTEMS.join(', ')}`);
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  // a longer window evens out a noisy machine; systems are still compared within the same run
  const warmSeconds = Number(only('--warm-seconds')?.[0] ?? base.warmSeconds);
  if (!(warmSeconds > 0)) throw new Error('--warm-seconds must be a positive number');
  // `--rewarm=0` measures each window straight after the system's idle wait
  const rewarmRequests = Number(only('--rewarm')?.[0] ?? base.rewarmRequests);
  if (!Number.isInteger(rewarmRequests) || rewarmRequests < 0) throw new Error('--rewarm must be a whole number of requests, 0 or more');
  // `--skip=scale,load` leaves out the scale and load-independence runs (e.g. while comparing engines)
  const skip = only('--skip') ?? [];
  const rounds = Number(only('--rounds')?.[0] ?? base.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number of at least 1');
  const peerNodeFlags = only('--peer-node-flags')?.[0] ?? base.peerNodeFlags;
  if (peerNodeFlags !== 'default' && peerNodeFlags !== 'production') throw new Error('--peer-node-flags must be default or production');
  return { ...base, warmSeconds, rewarmRequests, rounds, peerNodeFlags, ...(skip.includes('scale') ? { scaleProducts: [] } : {}), ...(skip.includes('load') ? { loadLevels: [] } : {}), scenarios: scenarios ?? base.scenarios, systems: systems ?? base.systems, outDir: out ?? outDir };
}
