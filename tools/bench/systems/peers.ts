import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@stx/testing';
import { ChildService } from '../../processes/ChildService';
import { childEnv, PEERS_DIR, profileArgs, ROOT, type BenchEnvironment } from './BenchEnvironment';
import type { SubgraphUrls } from './startSubgraphs';

let installed: Promise<void> | undefined;

/** The peer gateways live in their own npm project, installed on first use, never by CI. */
export function ensurePeersInstalled(log: (line: string) => void): Promise<void> {
  installed ??= (async () => {
    if (existsSync(join(PEERS_DIR, 'node_modules'))) return;
    log('installing the peer gateways (npm ci --prefix tools/bench/peers), once');
    execFileSync('npm', ['ci', '--prefix', PEERS_DIR, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'ignore' });
  })();
  return installed;
}

/** the committed supergraph with each subgraph's URL pointed at this run's ports */
export function supergraphFor(env: BenchEnvironment, urls: SubgraphUrls): string {
  const sdl = readFileSync(join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, name: string) => (name in urls ? `@join__graph(name: "${name}", url: "${urls[name as keyof SubgraphUrls]}")` : whole),
  );
  const path = join(env.tmpDir, `supergraph-${Date.now()}.graphql`);
  writeFileSync(path, sdl);
  return path;
}

export type PeerName = 'apollo-gateway' | 'hive-gateway' | 'hive-gateway-rust';

/**
 * A peer gateway as a plain node process from tools/bench/peers. By default with node's own
 * flags, as its package runs it: our services' flags (PRODUCTION_NODE_FLAGS) are part of what we
 * ship. `--peer-node-flags=production` gives the peers ours, to compare the engines alone.
 */
export async function startPeer(name: PeerName, env: BenchEnvironment, urls: SubgraphUrls): Promise<{ service: ChildService; url: string }> {
  const port = await freePort();
  const script = name === 'apollo-gateway' ? 'apolloGateway.mjs' : 'hiveGateway.mjs';
  const service = await ChildService.start({
    name,
    args: [...profileArgs(), ...env.peerNodeFlags, join(PEERS_DIR, script)],
    cwd: PEERS_DIR,
    env: childEnv({ PORT: String(port), SUPERGRAPH_PATH: supergraphFor(env, urls), HIVE_RUST_PLANNER: name === 'hive-gateway-rust' ? '1' : '0' }),
    // the same probe for every peer: a trivial operation answered by the gateway itself
    healthUrl: `http://127.0.0.1:${port}/graphql`,
    healthRequest: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
  });
  return { service, url: `http://127.0.0.1:${port}/graphql` };
}
