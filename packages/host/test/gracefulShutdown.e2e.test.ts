import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { backendEnv } from '@stx/secutix-runtime';
import { freePort, SimControl } from '@stx/testing';

const ROOT = join(__dirname, '..', '..', '..');
const SLOW_MS = 1500;
const entitiesQuery = (productId: number) =>
  JSON.stringify({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id availability { level } } } }',
    variables: { r: [{ __typename: 'Product', id: String(productId), state: 'ON_SALE' }] },
  });

/**
 * A rolling restart seen from one replica, as a real process: SIGTERM while requests are in
 * flight (SecuTix made slow), /ready turns 503 at once while requests are still served, every
 * request in flight completes, and the process then exits 0.
 */
describe('graceful shutdown of a subgraph process', () => {
  let sim: Simulator;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, latency: 'none' });
    await new SimControl(sim.url).latency({ 'AvailabilityService.getProductAvailability': SLOW_MS });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await sim?.close();
  });

  it('turns /ready to 503, finishes every request in flight, then exits', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps', 'availability', 'src', 'main.ts')], {
      cwd: ROOT,
      // NODE_ENV as in production: Jest's `test` hides what libraries do on signals there
      env: { ...process.env, NODE_ENV: 'production', REDIS_URL: '', ...backendEnv({ url: sim.url, ...sim.credentials }), AVAILABILITY_PORT: String(port), IDENTITY_SECRET: 'x'.repeat(40), SHUTDOWN_DELAY_SECONDS: '1', SHUTDOWN_GRACE_SECONDS: '10' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let logs = '';
    child.stderr!.on('data', (chunk) => (logs += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    await waitFor(async () => (await fetch(`${base}/ready`).catch(() => undefined))?.status === 200, 20_000);

    const inFlight = Array.from({ length: 8 }, (_, i) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: entitiesQuery(900_001 + i) }).then(async (res) => ({ status: res.status, body: (await res.json()) as { errors?: unknown }, at: Date.now() })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the requests are now waiting on SecuTix
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await waitFor(async () => (await fetch(`${base}/ready`).catch(() => undefined))?.status === 503, 2000);
    // still serving during the delay: a request arriving now is answered too
    const late = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: entitiesQuery(900_100) });
    expect(late.status).toBe(200);
    expect(late.headers.get('connection')).toBe('close');

    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    // they really were in flight when the signal came
    for (const a of answers) expect(a.at).toBeGreaterThan(signalledAt);
    for (const a of answers) expect(a.body.errors).toBeUndefined();
    expect(await exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(logs).toContain('"message":"draining"');
    expect(logs).not.toContain('grace period over');
  }, 60_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}
