import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StackHostRecord } from './workerStackHost';
import { processAlive } from './processAlive';

/**
 * At the end of a run: every worker's stack host is asked to end (SIGTERM: it closes the stacks
 * still open), killed if it has not within 10 s, and the run's folder removed.
 */
export async function stopStackHosts(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const pids = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as StackHostRecord).pid);
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (pids.some(processAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  for (const pid of pids.filter(processAlive)) signal(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}
