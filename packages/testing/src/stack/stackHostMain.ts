import { renameSync, writeFileSync } from 'node:fs';
import { serveStackHost } from './stackHostServer';
import { processAlive } from './processAlive';

/**
 * A Jest worker's stack host (started by `workerStackHost`): serves the stack API on a loopback
 * port, says where in STX_STACK_HOST_FILE once it listens, and ends with the worker that started
 * it (checked every second), so an interrupted test run leaves no servers behind.
 */
async function main(): Promise<void> {
  const file = process.env.STX_STACK_HOST_FILE;
  const parent = Number(process.env.STX_STACK_HOST_PARENT);
  if (!file || !parent) throw new Error('STX_STACK_HOST_FILE and STX_STACK_HOST_PARENT are set by the worker that starts the host');
  const host = await serveStackHost();
  let closing: Promise<void> | undefined;
  const end = () => {
    // stacks are closed (their databases dropped) when they can be; a stuck close does not keep the host
    closing ??= Promise.race([host.close(), new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]).finally(() => process.exit(0));
  };
  process.on('SIGTERM', end);
  process.on('SIGINT', end);
  setInterval(() => {
    if (!processAlive(parent)) end();
  }, 1000);
  // a test's stack failing in the background is that test's failure, seen through its answers, not the host's end
  process.on('unhandledRejection', (reason) => process.stderr.write(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}\n`));
  // likewise an exception thrown by a stack's background work: ending the host would fail whichever
  // test file of the worker happened to be calling it, and hide where the exception came from
  process.on('uncaughtException', (err) => process.stderr.write(`uncaught exception: ${err.stack ?? String(err)}\n`));
  // written whole, then renamed: the worker never reads half a file
  writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, url: host.url }));
  renameSync(`${file}.tmp`, file);
}

main().catch((err) => {
  process.stderr.write(`stack host failed to start: ${(err as Error).stack}\n`);
  process.exit(1);
});
