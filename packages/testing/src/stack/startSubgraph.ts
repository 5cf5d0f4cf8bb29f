import { IDENTITY_HEADER, signIdentity } from '@stx/identity';
import type { SubgraphName } from '@stx/subgraphs';
import { SimControl } from '../simControl';
import type { LoneSubgraphDescription } from './inProcessSubgraph';
import { postGraphQL } from './Stack';
import { callHost, testFile } from './startStack';
import type { SubgraphOptions, SubgraphUnderTest } from './SubgraphUnderTest';
import { workerStackHost } from './workerStackHost';

/**
 * One subgraph of the registry alone with the simulator (no gateway, no other subgraph), started
 * in this Jest worker's stack host as `startStack` is. Tests talk to it as the gateway does: over
 * HTTP to its own URL, a caller named by the identity header the gateway signs.
 */
export async function startSubgraph(name: SubgraphName, options: SubgraphOptions = {}): Promise<SubgraphUnderTest> {
  const host = await workerStackHost();
  const started = (await callHost(host, '/subgraphs', { name, options, owner: testFile() })) as LoneSubgraphDescription & { id: string };
  return {
    name,
    url: started.url,
    sim: new SimControl(started.simulatorUrl),
    secrets: started.secrets,
    query: (query, variables, queryOptions) => postGraphQL(started.url, query, variables, queryOptions),
    asCaller(caller) {
      // the gateway signs the client's address in too (TRUST_PROXY decides it); tests call from loopback
      const identity = typeof caller === 'string' ? { contactNumber: caller, clientIp: '127.0.0.1' } : caller;
      return { [IDENTITY_HEADER]: signIdentity(identity, started.secrets.identitySecret, Date.now()) };
    },
    async close() {
      await callHost(host, `/subgraphs/${started.id}/close`, {});
    },
  };
}
