import { join } from 'node:path';
import { portVariable } from '@stx/host';
import { subgraphNames } from '@stx/subgraphs';
import { freePort } from '@stx/testing';
import { productionArgs, servicesBuilt, type ServiceName } from '../build/buildServices';
import { ReplicaProcess } from './ReplicaProcess';
import type { Frontend } from './haproxy';

/** every subgraph of the registry, each behind its own frontend */
export const SUBGRAPHS = subgraphNames;
const ROOT = join(__dirname, '..', '..');

export interface Replica {
  app: ServiceName;
  name: string;
  port: number;
  process?: ReplicaProcess;
}

/** every replica of every app, with ports chosen up front, and the load balancer's frontends */
export async function planTopology(gateways: number, perSubgraph: number): Promise<{ replicas: Replica[]; frontends: Frontend[] }> {
  const replicas: Replica[] = [];
  const frontends: Frontend[] = [];
  for (const [app, count] of [['gateway', gateways] as const, ...SUBGRAPHS.map((s) => [s, perSubgraph] as const)]) {
    const servers = [];
    for (let i = 1; i <= count; i++) {
      const replica = { app, name: `${app}-${i}`, port: await freePort() };
      replicas.push(replica);
      servers.push({ name: replica.name, port: replica.port });
    }
    frontends.push({ name: app, port: await freePort(), servers });
  }
  return { replicas, frontends };
}

/** starts (or restarts) one replica as its own process, as the container image would: `node apps/<app>/dist/main.js` (built here first) */
export async function startReplica(replica: Replica, env: Record<string, string>): Promise<void> {
  await servicesBuilt();
  replica.process = await ReplicaProcess.start(
    replica.name,
    productionArgs(replica.app),
    ROOT,
    { ...process.env, ...env, [portVariable(replica.app)]: String(replica.port) },
    // a replica counts as started once it could take traffic
    `http://127.0.0.1:${replica.port}/ready`,
  );
}
