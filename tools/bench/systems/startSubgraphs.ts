import { loopbackUrl, portVariable } from '@stx/host';
import { backendEnv } from '@stx/secutix-runtime';
import { DEMO_CREDENTIALS } from '@stx/secutix-sim';
import { subgraphNames, type SubgraphName } from '@stx/subgraphs';
import { freePort } from '@stx/testing';
import { ChildService } from '../../processes/ChildService';
import { join } from 'node:path';
import { bundleNodeEntry, PRODUCTION_NODE_FLAGS } from '../../build/buildServices';
import { childEnv, profileArgs, ROOT, type BenchEnvironment } from './BenchEnvironment';

/** every subgraph of the registry: the supergraph the gateways under test serve routes to all of them */
export const SUBGRAPH_NAMES = subgraphNames;
export type SubgraphUrls = Record<SubgraphName, string>;

export interface RunningSubgraphs {
  service: ChildService;
  urls: SubgraphUrls;
}

export interface SubgraphPorts {
  ports: Record<SubgraphName, number>;
  urls: SubgraphUrls;
}

/** ports chosen before anything starts, so a gateway can start alongside its subgraphs */
export async function pickSubgraphPorts(): Promise<SubgraphPorts> {
  const ports = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const))) as SubgraphPorts['ports'];
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, loopbackUrl(ports[name])])) as SubgraphUrls;
  return { ports, urls };
}

const SUBGRAPHS_MAIN = join(ROOT, 'tools', 'bench', 'processes', 'subgraphsMain.ts');
const SUBGRAPHS_BUNDLE = join(ROOT, 'tools', 'bench', 'dist', 'subgraphsMain.js');

/**
 * The subgraphs process as production runs each subgraph: plain JavaScript with the production
 * node flags, not TypeScript compiled at start-up by tsx (whose loader and source maps cost every
 * system over these subgraphs alike, and so flattened every ratio between them).
 */
export function buildBenchSubgraphs(): Promise<void> {
  return bundleNodeEntry(SUBGRAPHS_MAIN, SUBGRAPHS_BUNDLE, { sourceDirnames: true });
}

/**
 * Our subgraphs in one child process (bundled first by `buildBenchSubgraphs`). `naive` is CACHING=off: no caching, batching or call
 * budget of ours, as a straightforward wrapper has none, so SecuTix's own 509s show.
 */
export async function startSubgraphs(env: BenchEnvironment, { ports, urls }: SubgraphPorts, options: { naive?: boolean } = {}): Promise<RunningSubgraphs> {
  const service = await ChildService.start({
    name: options.naive ? 'subgraphs (naive)' : 'subgraphs',
    args: [...profileArgs(), ...PRODUCTION_NODE_FLAGS, SUBGRAPHS_BUNDLE],
    cwd: ROOT,
    env: childEnv({
      ...env.secrets,
      // the bench's simulators run in processes of their own, with the demo institution
      ...backendEnv({ url: env.simulatorUrl, ...DEMO_CREDENTIALS }),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [portVariable(name), String(ports[name])])),
      TICKETS_PUBLIC_URL: `http://127.0.0.1:${ports.tickets}`,
      ...(options.naive ? { CACHING: 'off' } : {}),
      ...env.subgraphEnv,
    }),
    healthUrl: `http://127.0.0.1:${ports.tickets}/health`,
  });
  return { service, urls };
}
