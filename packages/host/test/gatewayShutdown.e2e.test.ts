import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, getTestRedisUrl, startStack, type Stack } from '@stx/testing';

const ROOT = join(__dirname, '..', '..', '..');
const PAGE = JSON.stringify({ query: '{ products(first: 40) { edges { node { id availability { level } } } } }' });

/**
 * The gateway as a real process (NODE_ENV=production) over a running stack's subgraphs: SIGTERM
 * while requests wait on a slow SecuTix; every one of them completes without an error. (Hive's
 * runtime disposes its engine on SIGTERM by itself, which aborted them.)
 */
describe('graceful shutdown of the gateway process', () => {
  let stack: Stack;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: getTestRedisUrl() });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await stack?.close();
  });

  it('lets every request in flight finish before it exits', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const urls = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps', 'gateway', 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...urls, NODE_ENV: 'production', GATEWAY_PORT: String(port), GATEWAY_RESPONSE_CACHE_SECONDS: '0', IDENTITY_SECRET: stack.secrets.identitySecret, AUTH_TOKEN_SECRET: stack.secrets.tokenSecret, SHUTDOWN_DELAY_SECONDS: '1', SHUTDOWN_GRACE_SECONDS: '10' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    await waitFor(async () => (await fetch(`${base}/ready`).catch(() => undefined))?.status === 200, 60_000);
    await stack.sim.latency({ 'AvailabilityService.getProductAvailability': 1500 });
    await stack.sim.reset();
    const inFlight = Array.from({ length: 6 }, () =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PAGE }).then(async (res) => ({ status: res.status, body: (await res.json()) as { errors?: unknown } })),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    await stack.sim.latency({ 'AvailabilityService.getProductAvailability': 0 });
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(answers.map((a) => a.body.errors)).toEqual(Array(6).fill(undefined));
    expect(await exited).toBe(0);
  }, 90_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}
