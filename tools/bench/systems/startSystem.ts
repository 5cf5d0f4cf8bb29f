import type { ChildService } from '../../processes/ChildService';
import type { BenchEnvironment } from './BenchEnvironment';
import { ensurePeersInstalled, startPeer } from './peers';
import { startOurGateway } from './startOurGateway';
import { pickSubgraphPorts, startSubgraphs, type SubgraphUrls } from './startSubgraphs';
import type { SystemName } from './systemNames';

export interface RunningSystem {
  name: SystemName;
  /** where the load goes */
  url: string;
  /** `direct` is sent the subgraph-level query */
  level: 'gateway' | 'subgraph';
  /** the catalog subgraph behind it (its `/ready` loads the snapshot) */
  catalogUrl: string;
  /** the process answering the load (its RSS is the system's `rssMb`) and the subgraphs behind it */
  processes: { front: ChildService; subgraphs: ChildService };
  close(): Promise<void>;
}

/**
 * Fresh processes for one system: caches start empty. Every system serves the same simulator;
 * only `naive` runs our subgraphs with caching and batching off.
 */
export async function startSystem(name: SystemName, env: BenchEnvironment, log: (line: string) => void): Promise<RunningSystem> {
  if (name.includes('gateway')) await ensurePeersInstalled(log);
  const planned = await pickSubgraphPorts();
  // a gateway with a static supergraph asks nothing of its subgraphs at start: both start together
  const [subgraphs, front] = await Promise.allSettled([startSubgraphs(env, planned, { naive: name === 'naive' }), startFront(name, env, planned.urls)]);
  if (subgraphs.status === 'rejected' || front.status === 'rejected') {
    if (subgraphs.status === 'fulfilled') await subgraphs.value.service.stop();
    if (front.status === 'fulfilled') await front.value?.service.stop();
    throw subgraphs.status === 'rejected' ? subgraphs.reason : (front as PromiseRejectedResult).reason;
  }
  const back = subgraphs.value;
  const gateway = front.value;
  return {
    name,
    url: gateway?.url ?? back.urls.catalog,
    level: gateway ? 'gateway' : 'subgraph',
    catalogUrl: back.urls.catalog,
    processes: { front: gateway?.service ?? back.service, subgraphs: back.service },
    async close() {
      await gateway?.service.stop();
      await back.service.stop();
    },
  };
}

function startFront(name: SystemName, env: BenchEnvironment, urls: SubgraphUrls) {
  switch (name) {
    case 'ours':
      return startOurGateway(env, urls);
    case 'ours-no-response-cache':
      return startOurGateway(env, urls, { noResponseCache: true });
    case 'naive':
      return startOurGateway(env, urls, { naive: true });
    case 'direct':
      return Promise.resolve(undefined);
    default:
      return startPeer(name, env, urls);
  }
}
