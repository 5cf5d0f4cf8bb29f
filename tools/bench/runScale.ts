import { CallCounter } from './calls/CallCounter';
import { measureRun } from './measureRun';
import { readRssMb } from '../processes/readRssMb';
import { startSimulatorProcess } from './processes/startSimulatorProcess';
import type { BenchResults, CatalogRefresh } from './results';
import { scenarios } from './scenarios/registry';
import type { BenchSettings } from './settings';
import type { BenchEnvironment } from './systems/BenchEnvironment';
import { startSystem } from './systems/startSystem';

/**
 * Our stack over simulators of each catalog size: the time and memory of a full catalog load
 * (getCatalogDetailed, its parsing and indexing), then every scenario warm.
 */
export async function runScale(settings: BenchSettings, env: BenchEnvironment, log: (line: string) => void): Promise<Pick<BenchResults, 'scale' | 'catalogRefresh'>> {
  const scale: NonNullable<BenchResults['scale']> = {};
  const catalogRefresh: CatalogRefresh[] = [];
  for (const products of settings.scaleProducts) {
    const sim = await startSimulatorProcess({ products, latency: settings.latencyProfile });
    const counter = new CallCounter(sim.url);
    const system = await startSystem('ours', { ...env, simulatorUrl: sim.url }, log).catch(async (err) => {
      await sim.service.stop();
      throw err;
    });
    try {
      catalogRefresh.push(await timeToReady(system.processes.subgraphs.pid, system.url, products, counter));
      log(`  scale ${products} products: ready in ${catalogRefresh.at(-1)!.ms} ms, subgraphs RSS ${catalogRefresh.at(-1)!.rssMbAfter} MB`);
      const entry: NonNullable<BenchResults['scale']>[string] = { products, scenarios: {} };
      for (const name of settings.scaleScenarios) {
        const bodies = scenarios[name].gatewayBodies();
        await measureRun(system, bodies, { connections: settings.connections, seconds: settings.warmupSeconds, counter });
        entry.scenarios[name] = await measureRun(system, bodies, { connections: settings.connections, seconds: settings.scaleSeconds, counter });
      }
      scale[String(products)] = entry;
    } finally {
      await system.close();
      await sim.service.stop();
    }
  }
  return { scale, catalogRefresh };
}

/**
 * Time to ready: from the processes answering /health to the gateway's /ready answering 200, which
 * it does once every subgraph is ready (the catalog once its snapshot is loaded and indexed).
 */
async function timeToReady(subgraphsPid: number, gatewayUrl: string, products: number, counter: CallCounter): Promise<CatalogRefresh> {
  const rssMbBefore = (await readRssMb(subgraphsPid)) ?? null;
  const calls = await counter.start();
  const started = performance.now();
  const ready = new URL('/ready', gatewayUrl);
  while (!(await fetch(ready, { signal: AbortSignal.timeout(180_000) }).then((r) => r.ok, () => false))) {
    if (performance.now() - started > 180_000) throw new Error(`the stack with ${products} products was not ready within 180 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const ms = Math.round(performance.now() - started);
  return { products, ms, rssMbBefore, rssMbAfter: (await readRssMb(subgraphsPid)) ?? null, secutixCalls: (await calls.stop()).byOperation };
}
