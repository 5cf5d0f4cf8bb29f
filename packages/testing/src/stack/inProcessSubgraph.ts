import { startSimulator } from '@stx/secutix-sim';
import { portVariable } from '@stx/host';
import { subgraphNamed, type SubgraphName } from '@stx/subgraphs';
import { freePort } from '../freePort';
import { freshDatabase } from '../freshDatabase';
import { hostSubgraphs } from './hostSubgraphs';
import { subgraphEnv } from './subgraphEnv';
import type { SubgraphOptions } from './SubgraphUnderTest';

/** what the stack host tells a test of a subgraph it started alone */
export interface LoneSubgraphDescription {
  url: string;
  simulatorUrl: string;
  secrets: { tokenSecret: string; identitySecret: string };
}

export interface LoneSubgraph extends LoneSubgraphDescription {
  close(): Promise<void>;
}

/**
 * One subgraph of the registry and a simulator of its own, nothing else: no gateway, no other
 * subgraph, a fresh database only for a subgraph that keeps state in one. Hosted by
 * `hostSubgraphs`, as the whole stack's subgraphs are. Its port is chosen first and is its public
 * address: links it makes to itself (the tickets' signed downloads) reach it, there being no
 * gateway in front.
 */
export async function startInProcessSubgraph(name: SubgraphName, options: SubgraphOptions = {}, databases: { take: typeof freshDatabase } = { take: freshDatabase }): Promise<LoneSubgraph> {
  const definition = subgraphNamed(name);
  if (!definition) throw new Error(`no subgraph "${name}" in the registry (tools/subgraphs)`);
  const simulator = await startSimulator({ port: 0, latency: 'none', ...options.sim });
  const database = definition.database && !options.env?.DATABASE_URL ? await databases.take() : undefined;
  const port = await freePort();
  const env = {
    ...subgraphEnv({ simulator, transport: options.transport, redisUrl: options.redisUrl, databaseUrl: database?.url }),
    [portVariable(name)]: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...options.env,
  };
  const hosted = await hostSubgraphs([definition], env).catch(async (err) => {
    await database?.drop();
    await simulator.close();
    throw err;
  });
  return {
    url: hosted.served[name]!.url,
    simulatorUrl: simulator.url,
    secrets: { tokenSecret: env.AUTH_TOKEN_SECRET, identitySecret: env.IDENTITY_SECRET },
    async close() {
      await hosted.close();
      await database?.drop();
      await simulator.close();
    },
  };
}
