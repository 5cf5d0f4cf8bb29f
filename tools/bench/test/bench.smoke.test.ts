import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '@stx/testing';
import { runBench } from '../runBench';
import type { BenchSettings } from '../settings';

// The tool itself runs end to end (simulator, our stack, the subgraph alone, autocannon) and writes
// the documented shape. No peers, no install, no network beyond loopback; no timing assertions.
describe('bench tool', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  // the distribution subgraph on the tests' PostgreSQL, as in every other test: the bench's subgraph
  // processes inherit DATABASE_URL, and without it each one starts an in-process PGlite (measured:
  // about 6 of the 13 CPU-seconds of each subgraph process)
  beforeAll(async () => {
    database = await freshDatabase();
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    delete process.env.DATABASE_URL;
    rmSync(outDir, { recursive: true, force: true });
    await database?.drop();
  });

  it('measures ours and direct on the home page and writes latest.json, .md and .svg', async () => {
    const settings: BenchSettings = {
      mode: 'custom', scenarios: ['home'], systems: ['ours', 'direct'], connections: 4, coldRequests: 20, warmupSeconds: 1, warmupRequests: 100, warmupLimitSeconds: 2, warmSeconds: 1, rewarmRequests: 0, rewarmLimitSeconds: 0, rounds: 1,
      products: 48, scaleProducts: [], scaleScenarios: [], scaleSeconds: 1, loadLevels: [], loadSeconds: 1, latencyProfile: 'realistic', peerNodeFlags: 'default', outDir,
    };
    await runBench(settings);

    const json = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['machine', 'settings', 'scenarios']));
    for (const run of ['warm', 'cold']) {
      for (const system of ['ours', 'direct']) {
        const f = json.scenarios.home[run][system];
        expect(f).toEqual(expect.objectContaining({ rps: expect.any(Number), p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number), errors: expect.any(Number), secutixCallsPerRequest: expect.any(Number), rssMb: expect.any(Number) }));
        expect(f.rps).toBeGreaterThan(0);
        expect(f.p99).toBeGreaterThanOrEqual(f.p50);
        expect(f.rssMb).toBeGreaterThan(10);
      }
    }
    // the first answers pay the catalog snapshot; warm answers come from caches
    expect(json.scenarios.home.cold.ours.secutixCalls['CatalogService.getCatalogDetailed']).toBe(1);
    expect(readFileSync(join(outDir, 'latest.md'), 'utf8')).toContain('| home | warm | ours |');
    expect(readFileSync(join(outDir, 'latest.svg'), 'utf8')).toContain('<svg');
  }, 60_000);
});
