import type { Stack, StackOptions } from './Stack';

/**
 * The stack in the test's own process, for a test that must see inside the servers' process: the
 * tracing test reads their spans from an in-memory exporter, the metrics test reads a registry no
 * earlier stack wrote to. Loaded on call:
 * the product's modules are what every other test spares by asking its worker's stack host (`startStack`).
 */
export async function startStackInThisProcess(options: StackOptions = {}): Promise<Stack> {
  const { startInProcessStack } = await import('./inProcessStack');
  return startInProcessStack(options);
}

/**
 * How long a `beforeAll` starting a stack in this process may take: the worker loads and compiles
 * the whole product first (on a fresh clone, with Jest's transform cache empty), and in CI, at the
 * busy start of a run, that once took over Jest's default 30 s, where it takes 5 s alone.
 */
export const IN_PROCESS_STACK_START_MS = 120_000;
