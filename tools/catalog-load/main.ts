import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSimulator } from '@stx/secutix-sim';

/**
 * `npx tsx tools/catalog-load/main.ts [products...]` (default 5000 20000): the time and peak
 * memory of loading the whole catalog (getCatalogDetailed) through our SOAP and JSON transports,
 * each in a fresh process, five runs each alternating, the median printed (wall time, CPU time, peak RSS). The simulator answers from its
 * cached serialisation (warmed first), so the figures are the client's: transfer, parse, shape.
 */
const run = promisify(execFile);
const RUNS = 5;

interface Figures {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  products: number;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const products of sizes.length ? sizes : [5000, 20_000]) {
    const sim = await startSimulator({ port: 0, products, latency: 'none', rateLimits: { enabled: false, perMinute: 180, catalogDetailedIntervalMs: 0, status: 509 }, inProgressAfterMs: 3_600_000 });
    try {
      const script = join(__dirname, 'loadOnce.ts');
      const once = async (transport: string) => JSON.parse((await run(process.execPath, ['--import', 'tsx', script, transport, sim.url], { maxBuffer: 1 << 20 })).stdout) as Figures;
      // warm the simulator's cached answers, then alternate the transports so both share the machine's mood
      await once('json');
      await once('soap');
      const figures: Record<string, Figures[]> = { json: [], soap: [] };
      for (let i = 0; i < RUNS; i++) for (const transport of ['json', 'soap']) figures[transport].push(await once(transport));
      for (const transport of ['json', 'soap']) {
        const median = (key: 'ms' | 'cpuMs' | 'peakRssMb') => figures[transport].map((f) => f[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
        console.log(`${products} products  ${transport.padEnd(4)}  ${String(median('ms')).padStart(6)} ms wall  ${String(median('cpuMs')).padStart(6)} ms CPU  ${String(median('peakRssMb')).padStart(5)} MB peak RSS  (${figures[transport][0].products} products read)`);
      }
    } finally {
      await sim.close();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
