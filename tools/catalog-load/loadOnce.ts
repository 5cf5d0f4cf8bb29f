import { CatalogServiceDescriptor, createTransport, secutixDefaults } from '@stx/secutix-client';

/**
 * One getCatalogDetailed through our transport, in a fresh process so its memory is its own:
 * prints `{ ms, cpuMs, peakRssMb, products }` as JSON. Arguments: transport (soap|json), base URL.
 */
async function main(): Promise<void> {
  const [transport, baseUrl] = process.argv.slice(2);
  if (transport !== 'soap' && transport !== 'json') throw new Error('usage: loadOnce.ts soap|json <baseUrl>');
  const wire = createTransport({ ...secutixDefaults, baseUrl, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport, timeoutMs: 600_000 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await wire.call(CatalogServiceDescriptor, 'getCatalogDetailed', {});
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const seasons = (result.catalogData as { seasons: { products: unknown[] }[] }).seasons;
  const products = seasons.reduce((n, s) => n + s.products.length, 0);
  // CPU time too: on a shared machine the wall clock says more about the neighbours than about us
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), cpuMs, peakRssMb: Math.round(peak / 1e6), products })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
