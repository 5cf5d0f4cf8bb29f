import { freePort } from '@stx/testing';
import { ChildService } from '../../processes/ChildService';
import { productionArgs } from '../../build/buildServices';
import { childEnv, profileArgs, ROOT, type BenchEnvironment } from './BenchEnvironment';
import type { SubgraphUrls } from './startSubgraphs';

/** `BENCH_GATEWAY_NODE_ARGS`: node arguments for our gateway alone (e.g. tools/bench/profile/retention.ts's probe) */
const gatewayNodeArgs = (): string[] => (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Our gateway (apps/gateway/src/main.ts) in its own process; `naive` and `noResponseCache` have no response cache. */
export async function startOurGateway(env: BenchEnvironment, urls: SubgraphUrls, options: { naive?: boolean; noResponseCache?: boolean } = {}): Promise<{ service: ChildService; url: string }> {
  const port = await freePort();
  const service = await ChildService.start({
    name: options.naive ? 'gateway (naive)' : 'gateway',
    // the production bundle (built at the start of the run, npm run build), as the image runs it
    args: [...profileArgs(), ...gatewayNodeArgs(), ...productionArgs('gateway')],
    cwd: ROOT,
    env: childEnv({
      ...env.secrets,
      GATEWAY_PORT: String(port),
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      ...(options.naive || options.noResponseCache ? { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } : {}),
    }),
    healthUrl: `http://127.0.0.1:${port}/health`,
  });
  return { service, url: `http://127.0.0.1:${port}/graphql` };
}
