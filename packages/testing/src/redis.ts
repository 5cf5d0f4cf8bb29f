import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './freePort';

export interface RedisHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MISSING = 'Tests need Redis: set REDIS_URL or install redis-server (apt-get install -y redis-server)';

/** The Redis the tests use: REDIS_URL when given, else the one global setup started. */
export function getTestRedisUrl(): string {
  const url = process.env.REDIS_URL || process.env.STX_TEST_REDIS_URL;
  if (!url) throw new Error(MISSING);
  return url;
}

/**
 * Starts a throw-away redis-server on a free loopback port (or `port`, e.g. to restart one that a
 * test stopped). Without `dataDir` it keeps nothing on disk, so a restart comes back empty (a
 * flush, a Redis without persistence); with one it writes every change there (AOF, as production
 * should), so a restart on the same folder comes back with its data (an outage).
 */
export async function startRedisServer(options: { port?: number; dataDir?: string } = {}): Promise<RedisHandle> {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error(MISSING);
  const port = options.port ?? (await freePort());
  const persistence = options.dataDir ? ['--dir', options.dataDir, '--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitForPing(port, child, 10_000);
  } catch (err) {
    child.kill('SIGKILL'); // never leave a half-started server behind
    throw err;
  }
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForPing(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await pingOverSocket(port)) return;
    // e.g. the port was taken between freePort() and the server binding it
    if (child.exitCode !== null) throw new Error(`redis-server on port ${port} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** PING without redis-cli, for machines that have only the server */
function pingOverSocket(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });
}
