import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((c) => c.kill('SIGKILL')));

/**
 * One replica as its own process. Unlike the bench's ChildService, `stop()` waits for the
 * replica's own graceful shutdown (SIGTERM, drain, exit) as an orchestrator would, and kills it
 * only after `killAfterMs`.
 */
export class ReplicaProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, readyUrl: string, timeoutMs = 180_000): Promise<ReplicaProcess> {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    child.once('exit', () => live.delete(child));
    const replica = new ReplicaProcess(child);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${replica.lastOutput()}`);
      if (await fetch(readyUrl, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) return replica;
      await new Promise((r) => setTimeout(r, 200));
    }
    await replica.stop(0);
    throw new Error(`${name} not ready within ${timeoutMs} ms: ${replica.lastOutput()}`);
  }

  /** SIGTERM, then the exit code (SIGKILL after `killAfterMs`, reported as -1) */
  async stop(killAfterMs = 60_000): Promise<number> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = once(this.child, 'exit') as Promise<[number | null]>;
    this.child.kill('SIGTERM');
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      this.child.kill('SIGKILL');
    }, killAfterMs);
    const [code] = await exited;
    clearTimeout(timer);
    return killed ? -1 : code ?? -1;
  }

  lastOutput(): string {
    return this.output.trim().split('\n').slice(-5).join(' | ');
  }
}
