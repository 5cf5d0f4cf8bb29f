import { join } from 'node:path';

/**
 * How to run the simulator as a process of its own (the benchmark, the reliability suite, the
 * image's `secutix-sim` command): from its sources through tsx, for demos and tests only, never
 * bundled. Its settings come from SIM_* variables (README.md "Settings").
 */
export const simulatorProcess = {
  /** `node` arguments that start it */
  args: ['--import', 'tsx', join(__dirname, '..', 'main.ts')],
  /** the variable that holds its port */
  portVariable: 'SIM_PORT',
  /** answers 200 once it serves (the control API's state) */
  healthPath: '/__admin/state',
} as const;
