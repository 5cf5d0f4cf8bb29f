import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileTail } from '../fileTail';

const ROOT = join(__dirname, '..', '..', '..', '..');
const HOST_MAIN = join(__dirname, 'stackHostMain.ts');
const START_TIMEOUT_MS = 120_000;
/** enough for the last lines of a log */
const TAIL_BYTES = 64 * 1024;

/** the variable naming the run's folder of stack hosts (set by the Jest global setup) */
export const STACK_HOSTS_DIR = 'STX_STACK_HOSTS_DIR';

export interface StackHostRecord {
  pid: number;
  url: string;
}

/** where a worker's host says where it listens, and where it logs */
export const hostFiles = (dir: string, worker: string) => ({ record: join(dir, `worker-${worker}.json`), log: join(dir, `worker-${worker}.log`) });

/**
 * The stack host of this Jest worker: started by the worker's first stack (one Node process with
 * tsx, as `npm start` runs the product), found again by every later test file of the worker
 * through its record in the run's folder. One host per worker, so a host serves one test file at
 * a time, as the stacks started in a test file's own process did.
 */
export async function workerStackHost(): Promise<string> {
  const dir = process.env[STACK_HOSTS_DIR];
  if (!dir) throw new Error(`${STACK_HOSTS_DIR} is not set: stacks are started by tests run through Jest, whose global setup (packages/testing/src/jestGlobalSetup.ts) sets it`);
  const worker = process.env.JEST_WORKER_ID ?? '1';
  const files = hostFiles(dir, worker);
  if (existsSync(files.record)) {
    const { url } = JSON.parse(readFileSync(files.record, 'utf8')) as StackHostRecord;
    if (await answers(url)) return url;
  }
  return startHost(files);
}

async function startHost(files: { record: string; log: string }): Promise<string> {
  rmSync(files.record, { force: true }); // a host that is gone: its record must not be taken for the new one's
  const log = openSync(files.log, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', HOST_MAIN], {
    cwd: ROOT,
    env: { ...process.env, STX_STACK_HOST_FILE: files.record, STX_STACK_HOST_PARENT: String(process.pid) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  // the host outlives this test file (the worker's next files use it) and ends with the worker
  child.unref();
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!existsSync(files.record)) {
    if (exited !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the stack host did not start (${exited !== undefined ? `exit code ${exited}` : 'timed out'}); its log, ${files.log}:\n${tail(files.log)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (JSON.parse(readFileSync(files.record, 'utf8')) as StackHostRecord).url;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

/** the end of a host's log, for the error a test sees */
export function tail(file: string, lines = 40): string {
  return fileTail(file, TAIL_BYTES)?.split('\n').slice(-lines).join('\n') ?? '(no log)';
}
