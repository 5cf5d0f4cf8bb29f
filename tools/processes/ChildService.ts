import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileTail } from '@stx/testing';

export interface ChildServiceOptions {
  name: string;
  /** arguments after `node` (e.g. `--import tsx file.ts`), so the pid measured is the server itself */
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** polled until it answers 200 */
  healthUrl: string;
  /** how to ask it (GET by default) */
  healthRequest?: RequestInit;
  startTimeoutMs?: number;
}

/**
 * One server in its own node process (the benchmark's systems, the reliability suite's apps), so
 * its memory can be read from /proc, its caches die with it and it can be killed like a crashed
 * pod. Its output goes to a file whose end explains a failed start or a crash: through a pipe,
 * every access-log line of a server under load cost this process (the benchmark's load generator)
 * a read and a string copy, on the same cores as the system it measures.
 */
export class ChildService {
  /** every child still running, killed if the bench itself exits early (Ctrl-C, a crash) */
  private static readonly live = new Set<ChildProcess>();
  private static exitHook = false;
  /** the children's output files, removed when this process exits */
  private static outputDir: string | undefined;
  private static started = 0;

  private constructor(readonly name: string, private readonly child: ChildProcess, private readonly outputPath: string) {}

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(options: ChildServiceOptions): Promise<ChildService> {
    // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=tmp/prof`) profiles every server of the run
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    ChildService.outputDir ??= mkdtempSync(join(tmpdir(), 'stx-children-'));
    const outputPath = join(ChildService.outputDir, `${ChildService.started++}-${options.name.replace(/\W+/g, '-')}.log`);
    const output = openSync(outputPath, 'w');
    const child = spawn(process.execPath, [...nodeArgs, ...options.args], { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', output, output] });
    // the child holds its own descriptor
    closeSync(output);
    if (!ChildService.exitHook)
      process.once('exit', () => {
        ChildService.live.forEach((c) => c.kill('SIGKILL'));
        // BENCH_KEEP_LOGS=1 keeps them (e.g. a run with `--trace-gc` in BENCH_GATEWAY_NODE_ARGS)
        if (!process.env.BENCH_KEEP_LOGS) rmSync(ChildService.outputDir!, { recursive: true, force: true });
      });
    ChildService.exitHook = true;
    ChildService.live.add(child);
    child.once('exit', () => ChildService.live.delete(child));
    const service = new ChildService(options.name, child, outputPath);
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode}: ${service.lastOutput()}`);
      const ok = await fetch(options.healthUrl, { ...options.healthRequest, signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
      if (ok) return service;
      await new Promise((r) => setTimeout(r, 100));
    }
    await service.stop();
    throw new Error(`${options.name} did not answer ${options.healthUrl} within ${options.startTimeoutMs ?? 60_000} ms: ${service.lastOutput()}`);
  }

  /** false once the process has exited, for whatever reason */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** how it ended (`code 1`, `SIGKILL`), or undefined while it runs */
  get exit(): string | undefined {
    if (this.child.signalCode !== null) return this.child.signalCode;
    return this.child.exitCode === null ? undefined : `code ${this.child.exitCode}`;
  }

  /** the last lines it wrote; with `fromError`, from the last line that names an error on (what a crash printed) */
  lastOutput(options: { fromError?: boolean } = {}): string {
    const lines = (fileTail(this.outputPath, 4000) ?? '').trim().split('\n');
    const error = options.fromError ? lines.findLastIndex((line) => /\b\w*Error\b|Unhandled|uncaught/i.test(line)) : -1;
    return (error >= 0 ? lines.slice(error, error + 12) : lines.slice(-5)).map((line) => line.trim()).join(' | ');
  }

  /** ends it at once, as a crash or an OOM kill would: no drain, no cleanup */
  async kill(): Promise<void> {
    if (!this.alive) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
